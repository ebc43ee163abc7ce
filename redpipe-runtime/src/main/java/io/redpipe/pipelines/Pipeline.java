package io.redpipe.pipelines;

import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;

/**
 * A pipeline: queues commands and callbacks, and sends them when its root executes. Every Jedis
 * pipeline command is available (see {@link PipelineCommands}) and returns a
 * {@link io.redpipe.futures.Future}.
 *
 * <p>A root pipeline sends one batch per connection on {@link #execute()}. A nested pipeline
 * hands its commands and callbacks to its parent on {@link #execute()}; they are sent when the
 * root executes. Create pipelines with {@code RedPipe.pipeline(...)} or
 * {@code RedPipe.autoexec(...)}. A pipeline is used by one thread at a time.
 */
public abstract class Pipeline extends PipelineCommands implements AutoCloseable {
  Pipeline() {}

  /**
   * Queues a command built with {@link #commandObjects()} (or any {@code CommandObject}) and
   * returns the future of its result.
   */
  public abstract <T> io.redpipe.futures.Future<T> executeCommand(CommandObject<T> command);

  /**
   * Returns the command builders of this pipeline's connection (protocol- and cluster-aware),
   * taken when the pipeline was created.
   */
  public abstract CommandObjects commandObjects();

  /**
   * Executes: a root sends its queued commands (one batch per connection), fills the futures and
   * runs the callbacks; a nested pipeline hands its commands and callbacks to its parent. A root
   * sends nothing again on a later execute, only what was queued since. An exception thrown by a
   * {@code map} function propagates once every future is filled (no callback runs then); one
   * thrown by a callback propagates at once (the later callbacks do not run).
   *
   * @throws io.redpipe.PipelineFailed when a command or a connection failed; then no future is
   *     filled and no callback runs
   * @throws io.redpipe.InvalidPipeline when the pipeline is closed or a connection it uses is
   *     not configured
   */
  public abstract void execute();

  /** Registers {@code callback} to run after the root executed successfully. */
  public abstract void onExecute(Runnable callback);

  /** The name of the connection this pipeline's commands go to; {@code ""} for the default. */
  public abstract String connectionName();

  /** Whether this pipeline is a root (it sends commands itself). */
  public abstract boolean isRoot();

  /** Closes the pipeline, discarding what was queued and not executed. */
  @Override
  public abstract void close();
}

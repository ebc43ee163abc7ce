package io.redpipe.pipelines;

import io.redpipe.RedPipeContext;
import io.redpipe.Scope;
import io.redpipe.connections.ReadFrom;
import java.util.concurrent.CompletableFuture;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;

/**
 * A pipeline: queues commands and callbacks, and sends them when its root executes. Every Jedis
 * pipeline command is available (see {@link PipelineCommands}) and returns a
 * {@link io.redpipe.futures.Future}.
 *
 * <p>A root pipeline sends one batch per connection on {@link #execute()} (or
 * {@link #executeAsync()}). A nested pipeline hands its commands and callbacks to its parent on
 * {@link #execute()}; they are sent when the root executes. Create pipelines with
 * {@code RedPipe.pipeline(...)}, {@code context.pipeline(...)} or {@code autoexec(...)}. A
 * pipeline belongs to one {@link RedPipeContext} and is used by one thread at a time.
 */
public abstract class Pipeline extends PipelineCommands implements Scope, AutoCloseable {
  Pipeline() {}

  /**
   * Queues a command built with {@link #commandObjects()} (or any {@code CommandObject}) and
   * returns the future of its result.
   *
   * @param command the command, built for this pipeline's connection
   * @param <T> the type of the command's result
   * @return the future of the result, completed when the root executes
   * @throws io.redpipe.InvalidPipeline when the pipeline is closed
   */
  public abstract <T> io.redpipe.futures.Future<T> executeCommand(CommandObject<T> command);

  /**
   * Returns the command builders of this pipeline's connection (protocol- and cluster-aware),
   * taken when the pipeline was created.
   *
   * @return the connection's command builders
   */
  public abstract CommandObjects commandObjects();

  /**
   * Executes: a root sends its queued commands (one batch per connection), fills the futures and
   * runs the callbacks; a nested pipeline hands its commands and callbacks to its parent. A root
   * sends nothing again on a later execute, only what was queued since. An exception thrown by a
   * {@code map} function propagates once every other future is complete (its own future fails
   * with it; no callback runs then); one thrown by a callback propagates at once (the later
   * callbacks do not run).
   *
   * <p>When the execute fails, every future queued in it (and every future derived from them)
   * fails with the exception thrown here; no value is filled and no callback runs.
   *
   * @throws io.redpipe.PipelineFailed when a command or a connection failed
   * @throws io.redpipe.InvalidPipeline when the pipeline or its context is closed, or a
   *     connection it uses is not configured
   */
  public abstract void execute();

  /**
   * Executes this root pipeline on its context's {@link RedPipeContext#asyncExecutor()}. What was
   * queued is taken at once (queue more afterwards for a later execute; closing the pipeline does
   * not cancel this one); it is sent exactly as {@link #execute()} sends it, one batch per
   * connection. The returned stage completes after the futures were completed and the callbacks
   * ran, in the executing thread, or exceptionally with what {@link #execute()} would have
   * thrown (then every future queued in it has failed with that too).
   *
   * @return a stage completed when the execute ended
   * @throws io.redpipe.InvalidPipeline when this is a nested pipeline (its commands are sent by
   *     its root), or the pipeline is closed
   */
  public abstract CompletableFuture<Void> executeAsync();

  /**
   * Sets where this root's read-only batches go, on every connection, for its executes from now
   * on: it overrides each connection's own policy
   * ({@link io.redpipe.connections.Connection#readFrom(ReadFrom,
   * redis.clients.jedis.RedisClient...)}), while the replicas stay the connection's. A batch
   * goes to a replica only when every command in it is read-only and the connection is not a
   * transaction one. Pipelines nested in this root (functions given it as their parent) join
   * its batches, so they are sent by this policy too; they can't set one of their own.
   *
   * @param readFrom the policy, or {@code null} for each connection's own again
   * @return this pipeline
   * @throws io.redpipe.InvalidPipeline on a nested pipeline, or when the pipeline is closed
   */
  public abstract Pipeline readFrom(ReadFrom readFrom);

  /**
   * Sets where this root's read-only batches for one connection go, for its executes from now
   * on; it wins over {@link #readFrom(ReadFrom)} for that connection. See there.
   *
   * @param connectionName the connection's name; {@code null} or {@code ""} is the default one
   * @param readFrom the policy, or {@code null} for no setting of this connection's
   * @return this pipeline
   * @throws io.redpipe.InvalidPipeline on a nested pipeline, or when the pipeline is closed
   */
  public abstract Pipeline readFrom(String connectionName, ReadFrom readFrom);

  /**
   * Registers {@code callback} to run after the root executed successfully.
   *
   * @param callback runs in the thread that executes the root, in registration order
   */
  public abstract void onExecute(Runnable callback);

  /**
   * The name of the connection this pipeline's commands go to.
   *
   * @return the name; {@code ""} for the default connection
   */
  public abstract String connectionName();

  /**
   * Whether this pipeline is a root (it sends commands itself).
   *
   * @return true for a root pipeline
   */
  public abstract boolean isRoot();

  /**
   * The context this pipeline belongs to: its connections are the context's, and pipelines
   * nested in it, keyspaces and structs given it run on that context.
   *
   * @return the pipeline's context
   */
  @Override
  public abstract RedPipeContext context();

  /** Closes the pipeline, discarding what was queued and not executed. */
  @Override
  public abstract void close();
}

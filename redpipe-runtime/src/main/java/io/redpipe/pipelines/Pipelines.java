package io.redpipe.pipelines;

import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.ConnectionRegistry;
import java.util.Objects;

/**
 * Creates root and nested pipelines; {@code RedPipe} and {@link RedPipeContext} are the usual
 * way in.
 */
public final class Pipelines {
  private Pipelines() {}

  /**
   * Returns a new root pipeline of {@code context} whose commands go to connection
   * {@code name}.
   *
   * @param context the context the pipeline belongs to
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the pipeline
   */
  public static Pipeline root(RedPipeContext context, String name) {
    Objects.requireNonNull(context, "context");
    context.ensureOpen();
    return new QueueingPipeline(context, null, ConnectionRegistry.normalize(name));
  }

  /**
   * Returns a new pipeline nested in {@code parent} whose commands go to connection
   * {@code name} (independent of the parent's connection), or a root when {@code parent} is
   * {@code null}.
   *
   * @param context the context the pipeline belongs to
   * @param parent the pipeline to nest in, of {@code context}, or {@code null}
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the pipeline
   * @throws InvalidPipeline when {@code parent} is closed, not a RedPipe pipeline, or of
   *     another context
   */
  public static Pipeline nested(RedPipeContext context, Pipeline parent, String name) {
    Objects.requireNonNull(context, "context");
    if (parent == null) {
      return root(context, name);
    }
    if (!(parent instanceof QueueingPipeline)) {
      throw new InvalidPipeline("the parent " + parent + " is not a RedPipe pipeline:"
          + " create pipelines with RedPipe.pipeline(...) or context.pipeline(...)");
    }
    QueueingPipeline queueing = (QueueingPipeline) parent;
    if (queueing.context() != context) {
      throw new InvalidPipeline("can't nest a pipeline of " + context + " in " + parent
          + " of " + queueing.context() + ": a root executes on one context; create the nested"
          + " pipeline with RedPipe.pipeline(parent, ...) or on " + queueing.context());
    }
    context.ensureOpen();
    queueing.ensureOpen();
    return new QueueingPipeline(context, queueing, ConnectionRegistry.normalize(name));
  }

  /**
   * Queues {@code command} on {@code pipeline} and returns the future of its reply mapped by
   * {@code fn}: what {@code pipeline.executeCommand(command).map(fn)} returns, without the
   * intermediate future. Keyspaces use it for every reply they decode.
   *
   * @param pipeline an open RedPipe pipeline (e.g. from {@link #joinable})
   * @param command the command
   * @param fn maps the reply; when it throws, the future fails and the execute throws it
   * @param <T> the type of the reply
   * @param <R> the type of the future's value
   * @return the future of the mapped reply
   * @throws InvalidPipeline when {@code pipeline} is closed or not a RedPipe pipeline
   */
  public static <T, R> io.redpipe.futures.Future<R> executeMapped(Pipeline pipeline,
      redis.clients.jedis.CommandObject<T> command,
      java.util.function.Function<? super T, ? extends R> fn) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(fn, "fn");
    // The parts, not the object: inlined, the JIT can drop the CommandObject.
    return queueing(pipeline).queueMapped(command.getBuilder(), command.getArguments(), fn);
  }

  private static QueueingPipeline queueing(Pipeline pipeline) {
    if (!(pipeline instanceof QueueingPipeline)) {
      throw new InvalidPipeline("the pipeline " + pipeline + " is not a RedPipe pipeline:"
          + " create pipelines with RedPipe.pipeline(...) or context.pipeline(...)");
    }
    return (QueueingPipeline) pipeline;
  }

  /**
   * Queues {@code command key arguments...} on {@code pipeline}, a command of one key whose
   * arguments are all plain bytes, without building Jedis's {@code CommandArguments} for it: the
   * same bytes are sent as for {@code new CommandArguments(command).key(key).add(...)...}, for a
   * fraction of the allocation. For RedPipe's structs and keyspaces, which write many such
   * commands; on a cluster connection the command goes to the key's slot.
   *
   * @param pipeline an open RedPipe pipeline (e.g. from {@link #joinable})
   * @param builder decodes the reply
   * @param command the command, e.g. {@code Protocol.Command.HSET}
   * @param key the key
   * @param arguments the arguments after the key (not kept: may be reused after the call)
   * @param <T> the type of the reply
   * @return the future of the reply
   * @throws InvalidPipeline when {@code pipeline} is closed or not a RedPipe pipeline
   */
  public static <T> io.redpipe.futures.Future<T> queueBytes(Pipeline pipeline,
      redis.clients.jedis.Builder<T> builder, redis.clients.jedis.commands.ProtocolCommand command,
      byte[] key, byte[]... arguments) {
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(key, "key");
    for (int i = 0; i < arguments.length; i++) {
      Objects.requireNonNull(arguments[i], "arguments[i]");
    }
    int count = arguments.length;
    return queueKeyed(pipeline, builder, null, command, key, count > 0 ? arguments[0] : null,
        count > 1 ? java.util.Arrays.copyOfRange(arguments, 1, count) : null);
  }

  /**
   * Queues {@code command key [argument [more...]]} on {@code pipeline}, like
   * {@link #queueBytes}, and returns the future of the reply as {@code builder} decodes it,
   * mapped by {@code fn} of the key and that reply. One {@code fn} can serve every call of a
   * keyspace: it gets the key the command was sent with, to name it when a value cannot be
   * decoded. Keyspaces queue their single-key commands this way, without building Jedis's
   * {@code CommandObject} or a function per call.
   *
   * @param pipeline an open RedPipe pipeline (e.g. from {@link #joinable})
   * @param builder decodes the reply
   * @param fn maps the key and the decoded reply to the future's value (when it throws, the
   *     future fails and the execute throws it); {@code null}: the future holds the decoded
   *     reply, and {@code R} must be {@code T}
   * @param command the command, e.g. {@code Protocol.Command.GET}
   * @param key the key
   * @param argument the argument after the key, or {@code null} when there is none
   * @param more the arguments after {@code argument}, or {@code null}; kept as it is, so not
   *     to be changed after the call
   * @param <T> the type of the decoded reply
   * @param <R> the type of the future's value
   * @return the future
   * @throws InvalidPipeline when {@code pipeline} is closed or not a RedPipe pipeline
   */
  public static <T, R> io.redpipe.futures.Future<R> queueKeyed(Pipeline pipeline,
      redis.clients.jedis.Builder<T> builder,
      java.util.function.BiFunction<byte[], ? super T, ? extends R> fn,
      redis.clients.jedis.commands.ProtocolCommand command, byte[] key, byte[] argument,
      byte[][] more) {
    Objects.requireNonNull(builder, "builder");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(key, "key");
    if (more != null) {
      Objects.requireNonNull(argument, "argument");
      for (byte[] each : more) {
        Objects.requireNonNull(each, "more[i]");
      }
    }
    @SuppressWarnings("unchecked")
    io.redpipe.futures.Future<R> future = (io.redpipe.futures.Future<R>) (io.redpipe.futures.Future<?>)
        queueing(pipeline).queueParts(builder, fn, command, key, argument, more).future;
    return future;
  }

  /**
   * Returns {@code parent} when queueing on it directly is the same as queueing on a pipeline
   * nested in it on connection {@code name} and executing that pipeline at once: {@code parent}
   * is an open RedPipe pipeline on {@code name}, created while {@code name} was configured as it
   * is now in its context. Else returns {@code null} (use {@link #nested}). Keyspaces and
   * structs use this to queue a call that cannot fail part-way without a nested pipeline per
   * call.
   *
   * @param parent a pipeline, or {@code null}
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return {@code parent}, or {@code null} when a nested pipeline is needed
   */
  public static Pipeline joinable(Pipeline parent, String name) {
    if (parent instanceof QueueingPipeline) {
      QueueingPipeline queueing = (QueueingPipeline) parent;
      return queueing.joinableFor(ConnectionRegistry.normalize(name)) ? queueing : null;
    }
    return null;
  }
}

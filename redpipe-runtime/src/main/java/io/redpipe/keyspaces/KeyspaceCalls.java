package io.redpipe.keyspaces;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import java.util.function.BiFunction;
import java.util.function.Function;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * How the calls of one keyspace reach Redis: queued straight on the bound pipeline when that is
 * what a pipeline nested in it for the one command would do (decided once, again only when the
 * context's connections change), else through {@code RedPipe.autoexec} on the scope. The
 * methods are small on purpose (the nested case is a method of its own): inlined into the
 * keyspace method, the JIT can drop a command lambda and the {@code CommandObject} it builds.
 */
final class KeyspaceCalls {
  private final Scope scope;
  private final String connection;
  /** The bound pipeline, or {@code null} when the scope is a context. */
  private final Pipeline pipe;
  /** The connections of the bound pipeline's context; {@code null} without a pipeline. */
  private final ConnectionRegistry connections;
  /** What {@link #joined()} decided, and the connections' version it decided it at. */
  private Pipeline joined;
  private int joinedAt;
  private boolean decided;

  KeyspaceCalls(Scope scope, String connection) {
    this.scope = scope;
    this.connection = connection;
    this.pipe = scope instanceof Pipeline ? (Pipeline) scope : null;
    this.connections = pipe == null ? null : pipe.context().connections();
  }

  Scope scope() {
    return scope;
  }

  String connection() {
    return connection;
  }

  Pipeline pipeline() {
    return pipe;
  }

  /** Sends the command built by {@code command}. */
  <T> Future<T> call(Function<CommandObjects, CommandObject<T>> command) {
    Pipeline joined = joined();
    if (joined != null) {
      return joined.executeCommand(command.apply(joined.commandObjects()));
    }
    return callNested(command);
  }

  private <T> Future<T> callNested(Function<CommandObjects, CommandObject<T>> command) {
    return RedPipe.autoexec(scope, connection,
        p -> p.executeCommand(command.apply(p.commandObjects())));
  }

  /** Sends the command built by {@code command}, its reply converted with {@code convert}. */
  <T, R> Future<R> call(Function<CommandObjects, CommandObject<T>> command,
      Function<? super T, ? extends R> convert) {
    Pipeline joined = joined();
    if (joined != null) {
      return Pipelines.executeMapped(joined, command.apply(joined.commandObjects()), convert);
    }
    return callNested(command, convert);
  }

  private <T, R> Future<R> callNested(Function<CommandObjects, CommandObject<T>> command,
      Function<? super T, ? extends R> convert) {
    return RedPipe.autoexec(scope, connection,
        p -> p.executeCommand(command.apply(p.commandObjects())).map(convert));
  }

  /**
   * Sends {@code command key [argument [more...]]} from its parts ({@link Pipelines#queueKeyed}),
   * the reply mapped by {@code fn} of the key and the reply ({@code null}: not mapped).
   */
  <T, R> Future<R> send(Builder<T> builder, BiFunction<byte[], ? super T, ? extends R> fn,
      ProtocolCommand command, byte[] key, byte[] argument, byte[][] more) {
    Pipeline joined = joined();
    if (joined != null) {
      return Pipelines.queueKeyed(joined, builder, fn, command, key, argument, more);
    }
    return sendNested(builder, fn, command, key, argument, more);
  }

  private <T, R> Future<R> sendNested(Builder<T> builder,
      BiFunction<byte[], ? super T, ? extends R> fn, ProtocolCommand command, byte[] key,
      byte[] argument, byte[][] more) {
    return RedPipe.autoexec(scope, connection,
        p -> Pipelines.queueKeyed(p, builder, fn, command, key, argument, more));
  }

  /**
   * The bound pipeline when a call can queue on it directly (same connection), which is what a
   * pipeline nested in it for the one command would hand it; else {@code null}.
   */
  private Pipeline joined() {
    // A closed pipeline refuses the command either way.
    if (pipe == null || decided && connections.version() == joinedAt) {
      return joined;
    }
    return decideJoined();
  }

  private Pipeline decideJoined() {
    joinedAt = connections.version();
    joined = Pipelines.joinable(pipe, connection);
    decided = true;
    return joined;
  }
}

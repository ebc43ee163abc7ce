package io.redpipe.pipelines;

import io.redpipe.futures.Future;
import java.util.function.BiFunction;
import java.util.function.Function;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * A command whose future holds its reply mapped by a function, as {@code future.map(fn)} of
 * the plain command's future would, without that second future: keyspaces map most replies
 * (decoding values, OK to true). The function is a {@code Function} of the reply, or a
 * {@code BiFunction} of the command's key (its first argument) and the reply, so that one
 * function per keyspace serves every call, naming the key when a value cannot be decoded. The
 * function runs when the future is filled; when it throws, the future fails with that
 * exception, which the execute then throws (see {@code BatchExecutor}), as with {@code map}.
 *
 * @param <T> the type of the reply
 * @param <R> the type of the future's value
 */
final class MappedCommand<T, R> extends QueuedCommand<T> {
  /** A {@code Function<? super T, ? extends R>} or a {@code BiFunction<byte[], ? super T, ? extends R>}. */
  private final Object fn;
  private final int slot;

  MappedCommand(Target target, Builder<T> builder, CommandArguments arguments,
      Function<? super T, ? extends R> fn, int slot) {
    super(target, builder, arguments);
    this.fn = fn;  // no class is both a Function and a BiFunction (their andThen clash)
    this.slot = slot;
  }

  /** {@code command key second more...}, its reply mapped by {@code fn} of the key and the reply. */
  MappedCommand(Target target, Builder<T> builder, BiFunction<byte[], ? super T, ? extends R> fn,
      ProtocolCommand command, byte[] key, Object second, Object[] more, int slot) {
    super(target, builder, command, key, second, more);
    this.fn = fn;
    this.slot = slot;
  }

  @Override
  int slot() {
    return slot;
  }

  /** The future of the mapped reply. */
  @SuppressWarnings("unchecked")
  Future<R> mapped() {
    return (Future<R>) (Future<?>) future;
  }

  @Override
  @SuppressWarnings("unchecked")
  void fill(Object value) {
    R result;
    try {
      result = fn instanceof BiFunction
          ? ((BiFunction<byte[], T, R>) fn).apply((byte[]) argument(0), (T) value)
          : ((Function<T, R>) fn).apply((T) value);
    } catch (RuntimeException e) {
      future.fail("the map function of this future threw " + e, e);
      throw e;
    }
    future.set(result);
  }
}

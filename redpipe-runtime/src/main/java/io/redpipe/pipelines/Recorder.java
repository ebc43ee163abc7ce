package io.redpipe.pipelines;

import io.redpipe.InvalidOperation;
import io.redpipe.futures.Future;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.Builder;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.Response;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * Jedis's command builders, recording each command in the queue of its {@link #owner}. It
 * answers every command with one shared {@code Response}; the pipeline then takes the future of
 * the command just queued, so a queued command costs no {@code Response} of its own. Shared by
 * the pipelines of one {@link Endpoint} (one thread uses a pipeline tree at a time).
 *
 * <p>The most used commands of one key (GET, SET, INCR, DEL, EXISTS, EXPIRE, HGET, HSET) are
 * queued from their parts, without the {@code CommandObject} and {@code CommandArguments} Jedis
 * builds: the same bytes and the same reply builder as {@code CommandObjects}
 * ({@code CommandBytesTest}). A {@code null} key or argument goes the usual way, so it fails
 * as Jedis fails it.
 */
final class Recorder extends PipeliningBase {
  final Response<Object> carrier = new Response<>(null);
  /** The pipeline the command being built is queued in. */
  QueueingPipeline owner;
  private QueuedCommand<?> last;

  Recorder(CommandObjects commandObjects) {
    super(commandObjects);
  }

  @Override
  @SuppressWarnings("unchecked")
  protected <T> Response<T> appendCommand(CommandObject<T> command) {
    last = owner.queue(command.getBuilder(), command.getArguments());
    return (Response<T>) (Response<?>) carrier;
  }

  /** Queues {@code command key [argument [more]]} from its parts. */
  @SuppressWarnings("unchecked")
  private <T> Response<T> parts(Builder<T> builder, ProtocolCommand command, byte[] key,
      byte[] argument, byte[] more) {
    last = owner.queueParts(builder, null, command, key, argument,
        more == null ? null : new Object[] {more});
    return (Response<T>) (Response<?>) carrier;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Response<String> get(String key) {
    return key == null ? super.get(key)
        : parts(BuilderFactory.STRING, Protocol.Command.GET, utf8(key), null, null);
  }

  @Override
  public Response<byte[]> get(byte[] key) {
    return key == null ? super.get(key)
        : parts(BuilderFactory.BINARY, Protocol.Command.GET, key, null, null);
  }

  @Override
  public Response<String> set(String key, String value) {
    return key == null || value == null ? super.set(key, value)
        : parts(BuilderFactory.STRING, Protocol.Command.SET, utf8(key), utf8(value), null);
  }

  @Override
  public Response<String> set(byte[] key, byte[] value) {
    return key == null || value == null ? super.set(key, value)
        : parts(BuilderFactory.STRING, Protocol.Command.SET, key, value, null);
  }

  @Override
  public Response<Long> incr(String key) {
    return key == null ? super.incr(key)
        : parts(BuilderFactory.LONG, Protocol.Command.INCR, utf8(key), null, null);
  }

  @Override
  public Response<Long> incr(byte[] key) {
    return key == null ? super.incr(key)
        : parts(BuilderFactory.LONG, Protocol.Command.INCR, key, null, null);
  }

  @Override
  public Response<Long> del(String key) {
    return key == null ? super.del(key)
        : parts(BuilderFactory.LONG, Protocol.Command.DEL, utf8(key), null, null);
  }

  @Override
  public Response<Long> del(byte[] key) {
    return key == null ? super.del(key)
        : parts(BuilderFactory.LONG, Protocol.Command.DEL, key, null, null);
  }

  @Override
  public Response<Boolean> exists(String key) {
    return key == null ? super.exists(key)
        : parts(BuilderFactory.BOOLEAN, Protocol.Command.EXISTS, utf8(key), null, null);
  }

  @Override
  public Response<Boolean> exists(byte[] key) {
    return key == null ? super.exists(key)
        : parts(BuilderFactory.BOOLEAN, Protocol.Command.EXISTS, key, null, null);
  }

  @Override
  public Response<Long> expire(String key, long seconds) {
    return key == null ? super.expire(key, seconds)
        : parts(BuilderFactory.LONG, Protocol.Command.EXPIRE, utf8(key),
            Protocol.toByteArray(seconds), null);
  }

  @Override
  public Response<Long> expire(byte[] key, long seconds) {
    return key == null ? super.expire(key, seconds)
        : parts(BuilderFactory.LONG, Protocol.Command.EXPIRE, key, Protocol.toByteArray(seconds),
            null);
  }

  @Override
  public Response<String> hget(String key, String field) {
    return key == null || field == null ? super.hget(key, field)
        : parts(BuilderFactory.STRING, Protocol.Command.HGET, utf8(key), utf8(field), null);
  }

  @Override
  public Response<byte[]> hget(byte[] key, byte[] field) {
    return key == null || field == null ? super.hget(key, field)
        : parts(BuilderFactory.BINARY, Protocol.Command.HGET, key, field, null);
  }

  @Override
  public Response<Long> hset(String key, String field, String value) {
    return key == null || field == null || value == null ? super.hset(key, field, value)
        : parts(BuilderFactory.LONG, Protocol.Command.HSET, utf8(key), utf8(field), utf8(value));
  }

  @Override
  public Response<Long> hset(byte[] key, byte[] field, byte[] value) {
    return key == null || field == null || value == null ? super.hset(key, field, value)
        : parts(BuilderFactory.LONG, Protocol.Command.HSET, key, field, value);
  }

  /** The future of the command just queued. */
  @SuppressWarnings("unchecked")
  <T> Future<T> take() {
    QueuedCommand<?> queued = last;
    last = null;
    if (queued == null) {
      throw new InvalidOperation("Jedis answered this command without queueing it; use"
          + " executeCommand(commandObjects()....) instead");
    }
    return (Future<T>) queued.future();
  }
}

package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.ListPosition;
import redis.clients.jedis.params.LPosParams;

/**
 * A keyspace of Redis lists; elements are encoded with the spec's value codec. Blocking pops
 * return the caller's id (not the key) with the element.
 *
 * @param <V> the Java type of the elements
 */
public class ListKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public ListKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  /** LPUSH; the new length. */
  @SafeVarargs
  public final Future<Long> lpush(String id, V... values) {
    requireSome(id, "LPUSH", values, "value");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(values));
    return sendAll(BuilderFactory.LONG, Protocol.Command.LPUSH, key, raw);
  }

  /** RPUSH; the new length. */
  @SafeVarargs
  public final Future<Long> rpush(String id, V... values) {
    requireSome(id, "RPUSH", values, "value");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(values));
    return sendAll(BuilderFactory.LONG, Protocol.Command.RPUSH, key, raw);
  }

  /** LPUSHX (only when the list exists); the new length, 0 when missing. */
  @SafeVarargs
  public final Future<Long> lpushx(String id, V... values) {
    requireSome(id, "LPUSHX", values, "value");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(values));
    return sendAll(BuilderFactory.LONG, Protocol.Command.LPUSHX, key, raw);
  }

  /** RPUSHX (only when the list exists); the new length, 0 when missing. */
  @SafeVarargs
  public final Future<Long> rpushx(String id, V... values) {
    requireSome(id, "RPUSHX", values, "value");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(values));
    return sendAll(BuilderFactory.LONG, Protocol.Command.RPUSHX, key, raw);
  }

  /** LLEN; 0 when missing. */
  public Future<Long> llen(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.LLEN, rawKey(id));
  }

  /** LRANGE (inclusive stop, negative counts from the end). */
  public Future<List<V>> lrange(String id, long start, long stop) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.LRANGE, rawKey(id),
        Protocol.toByteArray(start), new byte[][] {Protocol.toByteArray(stop)});
  }

  /** LPOP: the first element, {@code null} when empty. */
  public Future<V> lpop(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.LPOP, rawKey(id), null, null);
  }

  /** LPOP count: up to {@code count} elements, empty when missing. */
  public Future<List<V>> lpop(String id, int count) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.LPOP, rawKey(id),
        Protocol.toByteArray(count), null);
  }

  /** RPOP: the last element, {@code null} when empty. */
  public Future<V> rpop(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.RPOP, rawKey(id), null, null);
  }

  /** RPOP count: up to {@code count} elements, empty when missing. */
  public Future<List<V>> rpop(String id, int count) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.RPOP, rawKey(id),
        Protocol.toByteArray(count), null);
  }

  /** LREM: removes up to {@code count} occurrences (0 = all, negative = from the tail). */
  public Future<Long> lrem(String id, V value, long count) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, value);
    return send(BuilderFactory.LONG, null, Protocol.Command.LREM, key, Protocol.toByteArray(count),
        new byte[][] {raw});
  }

  /** LTRIM to the inclusive range; true. */
  public Future<Boolean> ltrim(String id, long start, long stop) {
    return send(Replies.OK, null, Protocol.Command.LTRIM, rawKey(id), Protocol.toByteArray(start),
        new byte[][] {Protocol.toByteArray(stop)});
  }

  /** LINDEX: the element at {@code index}, {@code null} when out of range. */
  public Future<V> lindex(String id, long index) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.LINDEX, rawKey(id),
        Protocol.toByteArray(index), null);
  }

  /** LSET; true (a server error when out of range or missing). */
  public Future<Boolean> lset(String id, long index, V value) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, value);
    return send(Replies.OK, null, Protocol.Command.LSET, key, Protocol.toByteArray(index),
        new byte[][] {raw});
  }

  /** LINSERT BEFORE/AFTER {@code pivot}; the new length, -1 when the pivot is missing. */
  public Future<Long> linsert(String id, ListPosition where, V pivot, V value) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(where, "where");
    byte[] rawPivot = encode(id, pivot);
    byte[] raw = encode(id, value);
    return call(c -> c.linsert(key, where, rawPivot, raw));
  }

  /** LPOS: the index of the first match, {@code null} when absent. */
  public Future<Long> lpos(String id, V value) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, value);
    return call(c -> c.lpos(key, raw));
  }

  /** LPOS with RANK / MAXLEN and COUNT: the indexes of up to {@code count} matches. */
  public Future<List<Long>> lpos(String id, V value, LPosParams params, long count) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, value);
    Objects.requireNonNull(params, "params");
    return call(c -> c.lpos(key, raw, params, count));
  }

  /** RPOPLPUSH from {@code id} to {@code destinationId}; the element, {@code null} when empty. */
  public Future<V> rpoplpush(String id, String destinationId) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    return call(c -> c.rpoplpush(key, destination), v -> decode(id, v));
  }

  /** LMOVE between two lists of this keyspace; the element, {@code null} when empty. */
  public Future<V> lmove(String id, String destinationId, ListDirection from, ListDirection to) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return call(c -> c.lmove(key, destination, from, to), v -> decode(id, v));
  }

  /**
   * BLPOP with a timeout in seconds (0 = forever): (id, element) of the first non-empty list,
   * {@code null} on timeout. Blocks the connection; avoid inside big pipelines.
   */
  public Future<Map.Entry<String, V>> blpop(double timeoutSeconds, String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.blpop(timeoutSeconds, keys), kv -> kv == null ? null : entry(kv.getKey(), kv.getValue()));
  }

  /** BRPOP, like {@link #blpop(double, String...)} from the tail. */
  public Future<Map.Entry<String, V>> brpop(double timeoutSeconds, String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.brpop(timeoutSeconds, keys), kv -> kv == null ? null : entry(kv.getKey(), kv.getValue()));
  }

  /** LMPOP (Redis 7): up to {@code count} elements of the first non-empty list, with its id. */
  public Future<Map.Entry<String, List<V>>> lmpop(ListDirection direction, int count, String... ids) {
    Objects.requireNonNull(direction, "direction");
    byte[][] keys = rawKeys(ids);
    return call(c -> c.lmpop(direction, count, keys), kv -> {
      if (kv == null) {
        return null;
      }
      String id = Keys.idOf(prefix(), Keys.text(kv.getKey()));
      return new SimpleImmutableEntry<>(id, decodeAll(id, kv.getValue()));
    });
  }

  private Map.Entry<String, V> entry(byte[] key, byte[] value) {
    String id = Keys.idOf(prefix(), Keys.text(key));
    return new SimpleImmutableEntry<>(id, decode(id, value));
  }

  /**
   * BRPOPLPUSH with a timeout in whole seconds (0 = forever): the element moved from the tail of
   * {@code id} to the head of {@code destinationId}, {@code null} on timeout.
   */
  public Future<V> brpoplpush(String id, String destinationId, int timeoutSeconds) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    return call(c -> c.brpoplpush(key, destination, timeoutSeconds), v -> decode(id, v));
  }

  /** BLMOVE with a timeout in seconds (0 = forever); the element, {@code null} on timeout. */
  public Future<V> blmove(String id, String destinationId, ListDirection from, ListDirection to,
      double timeoutSeconds) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return call(c -> c.blmove(key, destination, from, to, timeoutSeconds), v -> decode(id, v));
  }

  /**
   * BLMPOP (Redis 7) with a timeout in seconds: up to {@code count} elements of the first
   * non-empty list, with its id; {@code null} on timeout.
   */
  public Future<Map.Entry<String, List<V>>> blmpop(double timeoutSeconds, ListDirection direction,
      int count, String... ids) {
    Objects.requireNonNull(direction, "direction");
    byte[][] keys = rawKeys(ids);
    return call(c -> c.blmpop(timeoutSeconds, direction, count, keys), kv -> {
      if (kv == null) {
        return null;
      }
      String id = Keys.idOf(prefix(), Keys.text(kv.getKey()));
      return new SimpleImmutableEntry<>(id, decodeAll(id, kv.getValue()));
    });
  }
}

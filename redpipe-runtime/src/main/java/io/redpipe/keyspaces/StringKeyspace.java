package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.InvalidOperation;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.params.GetExParams;
import redis.clients.jedis.params.SetParams;

/**
 * A keyspace of Redis strings: each id holds one value encoded with the spec's value codec.
 *
 * @param <V> the Java type of the values
 */
public class StringKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public StringKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  /** GET: the value, {@code null} when missing. */
  public Future<V> get(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.GET, rawKey(id), null, null);
  }

  /** MGET of several ids: values in order, {@code null} for missing ones. */
  public Future<List<V>> mget(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.mget(keys), list -> {
      List<V> out = new java.util.ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(decode(ids[i], list.get(i)));
      }
      return out;
    });
  }

  /** SET; true. */
  public Future<Boolean> set(String id, V value) {
    byte[] key = rawKey(id);
    return send(Replies.OK, Protocol.Command.SET, key, encode(id, value));
  }

  /**
   * SET with options: {@code exSeconds} / {@code pxMillis} (at most one, may be {@code null}),
   * {@code nx} (only if missing) / {@code xx} (only if present), not both. True when set, false
   * when NX/XX prevented it.
   */
  public Future<Boolean> set(String id, V value, Long exSeconds, Long pxMillis, boolean nx, boolean xx) {
    if (nx && xx) {
      throw new InvalidOperation(key(id) + ": cannot specify nx and xx at the same time");
    }
    if (exSeconds != null && pxMillis != null) {
      throw new InvalidOperation(key(id) + ": cannot specify ex and px at the same time");
    }
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    SetParams params = new SetParams();
    if (exSeconds != null) {
      params.ex(exSeconds);
    }
    if (pxMillis != null) {
      params.px(pxMillis);
    }
    if (nx) {
      params.nx();
    }
    if (xx) {
      params.xx();
    }
    return call(c -> c.set(key, bytes, params), AbstractKeyspace::isOk);
  }

  /**
   * SET with Jedis' {@link SetParams} (EX, PX, EXAT, PXAT, KEEPTTL, NX or XX); true when set,
   * false when NX/XX prevented it.
   */
  public Future<Boolean> set(String id, V value, SetParams params) {
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    Objects.requireNonNull(params, "params");
    return call(c -> c.set(key, bytes, params), AbstractKeyspace::isOk);
  }

  /** SET ... GET (Redis 6.2): sets the value and returns the old one, {@code null} when missing. */
  public Future<V> setGet(String id, V value, SetParams params) {
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    Objects.requireNonNull(params, "params");
    return call(c -> c.setGet(key, bytes, params), old -> decode(id, old));
  }

  /** MSET of several ids; true. InvalidOperation for an empty map. */
  public Future<Boolean> mset(Map<String, ? extends V> values) {
    byte[][] pairs = pairs("MSET", values);
    return call(c -> c.mset(pairs), AbstractKeyspace::isOk);
  }

  /** MSETNX: sets all or none; true when set, false when any id existed. */
  public Future<Boolean> msetnx(Map<String, ? extends V> values) {
    byte[][] pairs = pairs("MSETNX", values);
    return call(c -> c.msetnx(pairs), AbstractKeyspace::isOne);
  }

  private byte[][] pairs(String command, Map<String, ? extends V> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new InvalidOperation("keyspace '" + prefix() + "': " + command
          + " needs at least one id and value");
    }
    byte[][] pairs = new byte[values.size() * 2][];
    int i = 0;
    for (Map.Entry<String, ? extends V> e : values.entrySet()) {
      pairs[i++] = rawKey(e.getKey());
      pairs[i++] = encode(e.getKey(), e.getValue());
    }
    return pairs;
  }

  /** SETNX; true when set, false when the key existed. */
  public Future<Boolean> setnx(String id, V value) {
    byte[] key = rawKey(id);
    return send(Replies.ONE, Protocol.Command.SETNX, key, encode(id, value));
  }

  /** SETEX: set with a timeout in seconds; true. */
  public Future<Boolean> setex(String id, V value, long seconds) {
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    return send(Replies.OK, null, Protocol.Command.SETEX, key, Protocol.toByteArray(seconds),
        new byte[][] {bytes});
  }

  /** PSETEX: set with a timeout in milliseconds; true. */
  public Future<Boolean> psetex(String id, V value, long millis) {
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    return send(Replies.OK, null, Protocol.Command.PSETEX, key, Protocol.toByteArray(millis),
        new byte[][] {bytes});
  }

  /** GETSET: sets the value, returns the old one ({@code null} when missing). */
  public Future<V> getSet(String id, V value) {
    byte[] key = rawKey(id);
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.GETSET, key, encode(id, value),
        null);
  }

  /** GETDEL: the value, deleting the key; {@code null} when missing. */
  public Future<V> getDel(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.GETDEL, rawKey(id), null, null);
  }

  /** GETEX: the value, changing its timeout as {@code params} says (EX, PX, EXAT, PXAT, PERSIST). */
  public Future<V> getEx(String id, GetExParams params) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(params, "params");
    return call(c -> c.getEx(key, params), bytes -> decode(id, bytes));
  }

  /** APPEND the encoded value; the new length. */
  public Future<Long> append(String id, V value) {
    byte[] key = rawKey(id);
    return send(BuilderFactory.LONG, Protocol.Command.APPEND, key, encode(id, value));
  }

  /** STRLEN; 0 when missing. */
  public Future<Long> strlen(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.STRLEN, rawKey(id));
  }

  /** GETRANGE (inclusive end, negative counts from the end), decoded; "" when missing. */
  public Future<V> getrange(String id, long start, long end) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.GETRANGE, rawKey(id),
        Protocol.toByteArray(start), new byte[][] {Protocol.toByteArray(end)});
  }

  /** SUBSTR, the old name of GETRANGE. */
  public Future<V> substr(String id, long start, long end) {
    return getrange(id, start, end);
  }

  /** SETRANGE: overwrites at {@code offset} with the encoded value; the new length. */
  public Future<Long> setrange(String id, long offset, V value) {
    byte[] key = rawKey(id);
    byte[] bytes = encode(id, value);
    return send(BuilderFactory.LONG, null, Protocol.Command.SETRANGE, key,
        Protocol.toByteArray(offset), new byte[][] {bytes});
  }

  /** SETBIT; the previous bit. */
  public Future<Boolean> setbit(String id, long offset, boolean value) {
    byte[] key = rawKey(id);
    return call(c -> c.setbit(key, offset, value));
  }

  /** GETBIT. */
  public Future<Boolean> getbit(String id, long offset) {
    byte[] key = rawKey(id);
    return call(c -> c.getbit(key, offset));
  }

  /** BITCOUNT of the whole value. */
  public Future<Long> bitcount(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.bitcount(key));
  }

  /** BITCOUNT between byte offsets {@code start} and {@code end} (inclusive). */
  public Future<Long> bitcount(String id, long start, long end) {
    byte[] key = rawKey(id);
    return call(c -> c.bitcount(key, start, end));
  }

  /** BITPOS: the first bit set to {@code bit}, -1 when none (see Redis for missing keys). */
  public Future<Long> bitpos(String id, boolean bit) {
    byte[] key = rawKey(id);
    return call(c -> c.bitpos(key, bit));
  }

  /** INCR; the new value. */
  public Future<Long> incr(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.INCR, rawKey(id));
  }

  /** INCRBY; the new value. */
  public Future<Long> incrBy(String id, long amount) {
    return send(BuilderFactory.LONG, Protocol.Command.INCRBY, rawKey(id),
        Protocol.toByteArray(amount));
  }

  /** DECR; the new value. */
  public Future<Long> decr(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.DECR, rawKey(id));
  }

  /** DECRBY; the new value. */
  public Future<Long> decrBy(String id, long amount) {
    return send(BuilderFactory.LONG, Protocol.Command.DECRBY, rawKey(id),
        Protocol.toByteArray(amount));
  }

  /** INCRBYFLOAT; the new value. */
  public Future<Double> incrByFloat(String id, double amount) {
    byte[] key = rawKey(id);
    return call(c -> c.incrByFloat(key, amount));
  }
}

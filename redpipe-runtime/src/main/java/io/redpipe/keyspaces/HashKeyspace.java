package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.resps.ScanResult;

/**
 * A keyspace of Redis hashes. Each member's value is encoded and decoded with the codec the
 * {@link HashSchema} declares for it; undeclared members are TEXT. Member names are UTF-8.
 * Generated keyspaces extend this class and add typed accessors through
 * {@link #getField} and {@link #setField}.
 */
public class HashKeyspace extends AbstractKeyspace<String> {
  private final HashSchema schema;

  /**
   * Creates the keyspace.
   *
   * @param schema prefix, connection and the codecs of the declared members
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public HashKeyspace(HashSchema schema, Scope scope) {
    super(Objects.requireNonNull(schema, "schema").prefix(), schema.connection(), Codecs.TEXT, scope);
    this.schema = schema;
  }

  /** The schema. */
  public final HashSchema schema() {
    return schema;
  }

  private byte[] encodeMember(String id, String member, Object value) {
    Objects.requireNonNull(member, "member");
    return encodeFor(id, member, schema.codecFor(member), value);
  }

  private Object decodeMember(String id, String member, byte[] bytes) {
    return decodeFor(id, member, schema.codecFor(member), bytes);
  }

  private static byte[] name(String member) {
    return Keys.utf8(Objects.requireNonNull(member, "member"));
  }

  /** Reads {@code member} decoded with {@code codec}; {@code null} when missing. */
  protected final <T> Future<T> getField(String id, String member, FieldCodec<T> codec) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    Objects.requireNonNull(codec, "codec");
    return send(BuilderFactory.BINARY, (k, bytes) -> decodeFor(id, member, codec, bytes),
        Protocol.Command.HGET, key, field, null);
  }

  /** Writes {@code member} encoded with {@code codec}; 1 when new, 0 when updated. */
  protected final <T> Future<Long> setField(String id, String member, FieldCodec<T> codec, T value) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    byte[] bytes = encodeFor(id, member, Objects.requireNonNull(codec, "codec"), value);
    return send(BuilderFactory.LONG, null, Protocol.Command.HSET, key, field, new byte[][] {bytes});
  }

  /** HGET decoded per the schema; {@code null} when missing. */
  public Future<Object> hget(String id, String member) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    return send(BuilderFactory.BINARY, (k, bytes) -> decodeMember(id, member, bytes),
        Protocol.Command.HGET, key, field, null);
  }

  /** HSET one member; 1 when new, 0 when updated. InvalidValue when the value does not fit. */
  public Future<Long> hset(String id, String member, Object value) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    byte[] bytes = encodeMember(id, member, value);
    return send(BuilderFactory.LONG, null, Protocol.Command.HSET, key, field, new byte[][] {bytes});
  }

  /** HSET several members; the number of new members. */
  public Future<Long> hset(String id, Map<String, ?> values) {
    byte[] key = rawKey(id);
    Map<byte[], byte[]> raw = encodeMap(id, values);
    return call(c -> c.hset(key, raw));
  }

  private Map<byte[], byte[]> encodeMap(String id, Map<String, ?> values) {
    Objects.requireNonNull(values, "values");
    if (values.isEmpty()) {
      throw new io.redpipe.InvalidOperation(key(id) + ": pass at least one member to write");
    }
    Map<byte[], byte[]> raw = new LinkedHashMap<>();
    for (Map.Entry<String, ?> e : values.entrySet()) {
      raw.put(name(e.getKey()), encodeMember(id, e.getKey(), e.getValue()));
    }
    return raw;
  }

  /** HSETNX; true when set, false when the member existed. */
  public Future<Boolean> hsetnx(String id, String member, Object value) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    byte[] bytes = encodeMember(id, member, value);
    return send(Replies.ONE, null, Protocol.Command.HSETNX, key, field, new byte[][] {bytes});
  }

  /** HMSET; true. */
  public Future<Boolean> hmset(String id, Map<String, ?> values) {
    byte[] key = rawKey(id);
    Map<byte[], byte[]> raw = encodeMap(id, values);
    return call(c -> c.hmset(key, raw), AbstractKeyspace::isOk);
  }

  /** HMGET: values in order, decoded per the schema, {@code null} for missing ones. */
  public Future<List<Object>> hmget(String id, String... members) {
    byte[] key = rawKey(id);
    requireSome(id, "HMGET", members, "member");
    byte[][] fields = new byte[members.length][];
    for (int i = 0; i < members.length; i++) {
      fields[i] = name(members[i]);
    }
    return call(c -> c.hmget(key, fields), list -> {
      List<Object> out = new ArrayList<>(list.size());
      for (int i = 0; i < list.size(); i++) {
        out.add(decodeMember(id, members[i], list.get(i)));
      }
      return out;
    });
  }

  /** HGETALL in server order, decoded per the schema; empty when missing. */
  public Future<Map<String, Object>> hgetall(String id) {
    byte[] key = rawKey(id);
    return call(c -> OrderedPairs.hgetall(key), pairs -> toMap(id, pairs));
  }

  private Map<String, Object> toMap(String id, List<Map.Entry<byte[], byte[]>> pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<byte[], byte[]> e : pairs) {
      String member = Keys.text(e.getKey());
      out.put(member, decodeMember(id, member, e.getValue()));
    }
    return out;
  }

  /** HKEYS; empty when missing. */
  public Future<Set<String>> hkeys(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.hkeys(key), names -> {
      Set<String> out = new LinkedHashSet<>();
      for (byte[] n : names) {
        out.add(Keys.text(n));
      }
      return out;
    });
  }

  /** HVALS as text (like Python RedPipe, member types are not applied); empty when missing. */
  public Future<List<String>> hvals(String id) {
    byte[] key = rawKey(id);
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.HVALS, key, null, null);
  }

  /** HDEL; the number removed. */
  public Future<Long> hdel(String id, String... members) {
    byte[] key = rawKey(id);
    requireSome(id, "HDEL", members, "member");
    byte[][] fields = new byte[members.length][];
    for (int i = 0; i < members.length; i++) {
      fields[i] = name(members[i]);
    }
    return sendAll(BuilderFactory.LONG, Protocol.Command.HDEL, key, fields);
  }

  /** HEXISTS. */
  public Future<Boolean> hexists(String id, String member) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    return send(BuilderFactory.BOOLEAN, Protocol.Command.HEXISTS, key, field);
  }

  /** HLEN; 0 when missing. */
  public Future<Long> hlen(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.HLEN, rawKey(id));
  }

  /** HSTRLEN: the length of the stored bytes of {@code member}; 0 when missing. */
  public Future<Long> hstrlen(String id, String member) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    return send(BuilderFactory.LONG, Protocol.Command.HSTRLEN, key, field);
  }

  /** HINCRBY; the new value (not decoded by the member's type). */
  public Future<Long> hincrby(String id, String member, long amount) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    return send(BuilderFactory.LONG, null, Protocol.Command.HINCRBY, key, field,
        new byte[][] {Protocol.toByteArray(amount)});
  }

  /** Same as {@link #hincrby}. */
  public Future<Long> hincrBy(String id, String member, long amount) {
    return hincrby(id, member, amount);
  }

  /** HINCRBYFLOAT; the new value. */
  public Future<Double> hincrbyfloat(String id, String member, double amount) {
    byte[] key = rawKey(id);
    byte[] field = name(member);
    return call(c -> c.hincrByFloat(key, field, amount));
  }

  /** Same as {@link #hincrbyfloat}. */
  public Future<Double> hincrByFloat(String id, String member, double amount) {
    return hincrbyfloat(id, member, amount);
  }

  /** HRANDFIELD: a random member name, {@code null} when missing. */
  public Future<String> hrandfield(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.hrandfield(key), Keys::text);
  }

  /** HRANDFIELD count (negative: may repeat): member names. */
  public Future<List<String>> hrandfield(String id, long count) {
    byte[] key = rawKey(id);
    return call(c -> c.hrandfield(key, count), names -> {
      List<String> out = new ArrayList<>();
      for (byte[] n : names) {
        out.add(Keys.text(n));
      }
      return out;
    });
  }

  /** HRANDFIELD count WITHVALUES: (member, decoded value) entries. */
  public Future<List<Map.Entry<String, Object>>> hrandfieldWithValues(String id, long count) {
    byte[] key = rawKey(id);
    return call(c -> c.hrandfieldWithValues(key, count), pairs -> entries(id, pairs));
  }

  private List<Map.Entry<String, Object>> entries(String id, List<Map.Entry<byte[], byte[]>> pairs) {
    List<Map.Entry<String, Object>> out = new ArrayList<>();
    for (Map.Entry<byte[], byte[]> e : pairs) {
      String member = Keys.text(e.getKey());
      out.add(new SimpleImmutableEntry<>(member, decodeMember(id, member, e.getValue())));
    }
    return out;
  }

  /** One HSCAN page of (member, decoded value); {@code match} is a raw glob over member names. */
  public Future<ScanResult<Map.Entry<String, Object>>> hscan(String id, String cursor, String match, Integer count) {
    byte[] key = rawKey(id);
    byte[] raw = Keys.utf8(Objects.requireNonNull(cursor, "cursor"));
    var params = ScanParamsFactory.of(match, count);
    return call(c -> c.hscan(key, raw, params),
        page -> new ScanResult<>(page.getCursor(), entries(id, page.getResult())));
  }

  /** Iterates every (member, value) of {@code id}; own round trips, InvalidOperation in a pipeline. */
  public ScanIterator<Map.Entry<String, Object>> hscanIter(String id, String match, Integer count) {
    requireUnpipelined("hscanIter of " + key(id));
    return new ScanIterator<>(cursor -> hscan(id, cursor, match, count).get());
  }
}

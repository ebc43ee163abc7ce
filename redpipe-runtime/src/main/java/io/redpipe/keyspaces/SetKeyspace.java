package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * A keyspace of Redis sets; members are encoded with the spec's value codec.
 *
 * @param <V> the Java type of the members
 */
public class SetKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public SetKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  /** Decodes the members read from a key: one function for every call. */
  private final BiFunction<byte[], Set<byte[]>, Set<V>> setAt = this::decodeSetAt;

  private Set<V> decodeSetAt(byte[] key, Collection<byte[]> members) {
    Set<V> out = new LinkedHashSet<>();
    if (members != null) {
      for (byte[] m : members) {
        out.add(valueAt.apply(key, m));
      }
    }
    return out;
  }

  private Set<V> decodeSet(String id, Collection<byte[]> members) {
    return decodeSetAt(rawKey(id), members);
  }

  /** SADD; the number of members added. */
  @SafeVarargs
  public final Future<Long> sadd(String id, V... members) {
    requireSome(id, "SADD", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return sendAll(BuilderFactory.LONG, Protocol.Command.SADD, key, raw);
  }

  /** SREM; the number of members removed. */
  @SafeVarargs
  public final Future<Long> srem(String id, V... members) {
    requireSome(id, "SREM", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return sendAll(BuilderFactory.LONG, Protocol.Command.SREM, key, raw);
  }

  /** SPOP: a random member removed, {@code null} when empty. */
  public Future<V> spop(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.SPOP, rawKey(id), null, null);
  }

  /** SPOP count: up to {@code count} random members removed. */
  public Future<Set<V>> spop(String id, long count) {
    return send(BuilderFactory.BINARY_SET, setAt, Protocol.Command.SPOP, rawKey(id),
        Protocol.toByteArray(count), null);
  }

  /** SMEMBERS; empty when missing. */
  public Future<Set<V>> smembers(String id) {
    return send(BuilderFactory.BINARY_SET, setAt, Protocol.Command.SMEMBERS, rawKey(id), null,
        null);
  }

  /** SCARD; 0 when missing. */
  public Future<Long> scard(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.SCARD, rawKey(id));
  }

  /** SISMEMBER. */
  public Future<Boolean> sismember(String id, V member) {
    byte[] key = rawKey(id);
    return send(BuilderFactory.BOOLEAN, Protocol.Command.SISMEMBER, key, encode(id, member));
  }

  /** SMISMEMBER: membership of each member, in order. */
  @SafeVarargs
  public final Future<List<Boolean>> smismember(String id, V... members) {
    requireSome(id, "SMISMEMBER", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return sendAll(BuilderFactory.BOOLEAN_LIST, Protocol.Command.SMISMEMBER, key, raw);
  }

  /** SRANDMEMBER: a random member, {@code null} when empty. */
  public Future<V> srandmember(String id) {
    return send(BuilderFactory.BINARY, valueAt, Protocol.Command.SRANDMEMBER, rawKey(id), null,
        null);
  }

  /** SRANDMEMBER count (negative: may repeat). */
  public Future<List<V>> srandmember(String id, int count) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.SRANDMEMBER, rawKey(id),
        Protocol.toByteArray(count), null);
  }

  /** SMOVE {@code member} from {@code id} to {@code destinationId}; true when moved. */
  public Future<Boolean> smove(String id, String destinationId, V member) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    byte[] raw = encode(id, member);
    return call(c -> c.smove(key, destination, raw), AbstractKeyspace::isOne);
  }

  /** SDIFF of the sets of {@code ids}. */
  public Future<Set<V>> sdiff(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sdiff(keys), s -> decodeSet(ids[0], s));
  }

  /** SINTER of the sets of {@code ids}. */
  public Future<Set<V>> sinter(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sinter(keys), s -> decodeSet(ids[0], s));
  }

  /** SUNION of the sets of {@code ids}. */
  public Future<Set<V>> sunion(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sunion(keys), s -> decodeSet(ids[0], s));
  }

  /** SDIFFSTORE into {@code destinationId}; its size. */
  public Future<Long> sdiffstore(String destinationId, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sdiffstore(destination, keys));
  }

  /** SINTERSTORE into {@code destinationId}; its size. */
  public Future<Long> sinterstore(String destinationId, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sinterstore(destination, keys));
  }

  /** SUNIONSTORE into {@code destinationId}; its size. */
  public Future<Long> sunionstore(String destinationId, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sunionstore(destination, keys));
  }

  /** SINTERCARD (Redis 7): the size of the intersection. */
  public Future<Long> sintercard(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.sintercard(keys));
  }

  /**
   * One SSCAN page: members matching {@code match} (a raw glob over the encoded member,
   * {@code null} for all; {@code count} may be {@code null}) and the next cursor.
   */
  public Future<ScanResult<V>> sscan(String id, String cursor, String match, Integer count) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(cursor, "cursor");
    ScanParams params = ScanParamsFactory.of(match, count);
    byte[] raw = Keys.utf8(cursor);
    return call(c -> c.sscan(key, raw, params),
        page -> new ScanResult<>(page.getCursor(), decodeAll(id, page.getResult())));
  }

  /** Iterates every member of {@code id}; own round trips, InvalidOperation in a pipeline. */
  public ScanIterator<V> sscanIter(String id, String match, Integer count) {
    requireUnpipelined("sscanIter of " + key(id));
    return new ScanIterator<>(cursor -> sscan(id, cursor, match, count).get());
  }
}

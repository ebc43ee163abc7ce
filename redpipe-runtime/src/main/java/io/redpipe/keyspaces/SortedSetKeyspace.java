package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.params.ZAddParams;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.resps.Tuple;
import redis.clients.jedis.util.KeyValue;

/**
 * A keyspace of Redis sorted sets; members are encoded with the spec's value codec, scores are
 * doubles. Results with scores are lists of (member, score) entries in Redis order. Score and
 * lex bounds are passed as Redis writes them ({@code "-inf"}, {@code "(1.5"}, {@code "[a"}, {@code "-"}).
 *
 * @param <V> the Java type of the members
 */
public class SortedSetKeyspace<V> extends AbstractKeyspace<V> {
  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public SortedSetKeyspace(KeyspaceSpec<V> spec, Scope scope) {
    super(Objects.requireNonNull(spec, "spec").prefix(), spec.connection(), spec.valueCodec(), scope);
  }

  private List<Map.Entry<V, Double>> scored(String id, List<Tuple> tuples) {
    List<Map.Entry<V, Double>> out = new ArrayList<>(tuples == null ? 0 : tuples.size());
    if (tuples != null) {
      for (Tuple t : tuples) {
        out.add(new SimpleImmutableEntry<>(decode(id, t.getBinaryElement()), t.getScore()));
      }
    }
    return out;
  }

  private ZAddParams params(String id, ZAddOption... options) {
    EnumSet<ZAddOption> set = EnumSet.noneOf(ZAddOption.class);
    set.addAll(Arrays.asList(Objects.requireNonNull(options, "options")));
    if (set.contains(ZAddOption.NX) && set.contains(ZAddOption.XX)) {
      throw new InvalidOperation(key(id) + ": cannot specify nx and xx at the same time");
    }
    if (set.contains(ZAddOption.GT) && set.contains(ZAddOption.LT)) {
      throw new InvalidOperation(key(id) + ": cannot specify gt and lt at the same time");
    }
    if (set.contains(ZAddOption.NX) && (set.contains(ZAddOption.GT) || set.contains(ZAddOption.LT))) {
      throw new InvalidOperation(key(id) + ": cannot specify nx with gt or lt");
    }
    ZAddParams params = new ZAddParams();
    if (set.contains(ZAddOption.NX)) {
      params.nx();
    }
    if (set.contains(ZAddOption.XX)) {
      params.xx();
    }
    if (set.contains(ZAddOption.GT)) {
      params.gt();
    }
    if (set.contains(ZAddOption.LT)) {
      params.lt();
    }
    if (set.contains(ZAddOption.CH)) {
      params.ch();
    }
    return params;
  }

  /** InvalidValue naming the key and the member when {@code score} is NaN. */
  private double score(String id, Object member, double score) {
    if (Double.isNaN(score)) {
      throw new InvalidValue(key(id) + ": the score of member " + member
          + " is NaN; use a number (infinities are allowed)");
    }
    return score;
  }

  /** ZADD one member with options; the number added (changed with CH). */
  public Future<Long> zadd(String id, V member, double score, ZAddOption... options) {
    ZAddParams params = params(id, options);
    score(id, member, score);
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return call(c -> c.zadd(key, score, raw, params));
  }

  /** ZADD members with their scores and options; the number added (changed with CH). */
  public Future<Long> zadd(String id, Map<? extends V, Double> members, ZAddOption... options) {
    ZAddParams params = params(id, options);
    byte[] key = rawKey(id);
    Objects.requireNonNull(members, "members");
    if (members.isEmpty()) {
      throw new InvalidOperation(key(id) + ": zadd needs at least one member");
    }
    Map<byte[], Double> raw = new LinkedHashMap<>();
    for (Map.Entry<? extends V, Double> e : members.entrySet()) {
      Double score = Objects.requireNonNull(e.getValue(), "score of " + e.getKey());
      raw.put(encode(id, e.getKey()), score(id, e.getKey(), score));
    }
    return call(c -> c.zadd(key, raw, params));
  }

  /** ZADD ... INCR: the new score, {@code null} when NX/XX/GT/LT prevented the change. */
  public Future<Double> zaddIncr(String id, V member, double amount, ZAddOption... options) {
    ZAddParams params = params(id, options);
    score(id, member, amount);
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return call(c -> c.zaddIncr(key, amount, raw, params));
  }

  /** ZINCRBY; the new score. */
  public Future<Double> zincrby(String id, V member, double amount) {
    score(id, member, amount);
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return send(BuilderFactory.DOUBLE, null, Protocol.Command.ZINCRBY, key,
        Protocol.toByteArray(amount), new byte[][] {raw});
  }

  /** ZREM; the number removed. */
  @SafeVarargs
  public final Future<Long> zrem(String id, V... members) {
    requireSome(id, "ZREM", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return sendAll(BuilderFactory.LONG, Protocol.Command.ZREM, key, raw);
  }

  /** ZRANK: the 0-based rank by ascending score, {@code null} when absent. */
  public Future<Long> zrank(String id, V member) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return send(BuilderFactory.LONG, Protocol.Command.ZRANK, key, raw);
  }

  /** ZREVRANK: the rank by descending score, {@code null} when absent. */
  public Future<Long> zrevrank(String id, V member) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return send(BuilderFactory.LONG, Protocol.Command.ZREVRANK, key, raw);
  }

  /** ZSCORE, {@code null} when absent. */
  public Future<Double> zscore(String id, V member) {
    byte[] key = rawKey(id);
    byte[] raw = encode(id, member);
    return send(BuilderFactory.DOUBLE, Protocol.Command.ZSCORE, key, raw);
  }

  /** ZMSCORE: the score of each member, {@code null} for absent ones. */
  @SafeVarargs
  public final Future<List<Double>> zmscore(String id, V... members) {
    requireSome(id, "ZMSCORE", members, "member");
    byte[] key = rawKey(id);
    byte[][] raw = encodeAll(id, Arrays.asList(members));
    return call(c -> c.zmscore(key, raw));
  }

  /** ZCARD; 0 when missing. */
  public Future<Long> zcard(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.ZCARD, rawKey(id));
  }

  /** ZCOUNT between score bounds such as {@code "-inf"}, {@code "(1"}, {@code "2.5"}. */
  public Future<Long> zcount(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zcount(key, lo, hi));
  }

  /** ZLEXCOUNT between lex bounds such as {@code "-"}, {@code "[a"}, {@code "(b"}. */
  public Future<Long> zlexcount(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zlexcount(key, lo, hi));
  }

  /** ZRANGE by rank (inclusive stop). */
  public Future<List<V>> zrange(String id, long start, long stop) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.ZRANGE, rawKey(id),
        Protocol.toByteArray(start), new byte[][] {Protocol.toByteArray(stop)});
  }

  /** ZRANGE by rank WITHSCORES. */
  public Future<List<Map.Entry<V, Double>>> zrangeWithScores(String id, long start, long stop) {
    byte[] key = rawKey(id);
    return call(c -> c.zrangeWithScores(key, start, stop), l -> scored(id, l));
  }

  /** ZREVRANGE by rank. */
  public Future<List<V>> zrevrange(String id, long start, long stop) {
    return send(BuilderFactory.BINARY_LIST, valuesAt, Protocol.Command.ZREVRANGE, rawKey(id),
        Protocol.toByteArray(start), new byte[][] {Protocol.toByteArray(stop)});
  }

  /** ZREVRANGE by rank WITHSCORES. */
  public Future<List<Map.Entry<V, Double>>> zrevrangeWithScores(String id, long start, long stop) {
    byte[] key = rawKey(id);
    return call(c -> c.zrevrangeWithScores(key, start, stop), l -> scored(id, l));
  }

  /** The modern ZRANGE (BYSCORE / BYLEX / REV / LIMIT) with raw bounds in {@code params}. */
  public Future<List<V>> zrange(String id, ZRangeParams params) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(params, "params");
    return call(c -> c.zrange(key, params), l -> decodeAll(id, l));
  }

  /** The modern ZRANGE ... WITHSCORES. */
  public Future<List<Map.Entry<V, Double>>> zrangeWithScores(String id, ZRangeParams params) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(params, "params");
    return call(c -> c.zrangeWithScores(key, params), l -> scored(id, l));
  }

  /** ZRANGESTORE into {@code destinationId}; its size. */
  public Future<Long> zrangestore(String destinationId, String id, ZRangeParams params) {
    byte[] destination = rawKey(destinationId);
    byte[] key = rawKey(id);
    Objects.requireNonNull(params, "params");
    return call(c -> c.zrangestore(destination, key, params));
  }

  /** ZRANGEBYSCORE between raw score bounds. */
  public Future<List<V>> zrangeByScore(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByScore(key, lo, hi), l -> decodeAll(id, l));
  }

  /** ZRANGEBYSCORE ... LIMIT offset count. */
  public Future<List<V>> zrangeByScore(String id, String min, String max, int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByScore(key, lo, hi, offset, count), l -> decodeAll(id, l));
  }

  /** ZRANGEBYSCORE ... WITHSCORES. */
  public Future<List<Map.Entry<V, Double>>> zrangeByScoreWithScores(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByScoreWithScores(key, lo, hi), l -> scored(id, l));
  }

  /** ZREVRANGEBYSCORE from {@code max} down to {@code min}. */
  public Future<List<V>> zrevrangeByScore(String id, String max, String min) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByScore(key, hi, lo), l -> decodeAll(id, l));
  }

  /** ZREVRANGEBYSCORE ... WITHSCORES. */
  public Future<List<Map.Entry<V, Double>>> zrevrangeByScoreWithScores(String id, String max, String min) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByScoreWithScores(key, hi, lo), l -> scored(id, l));
  }

  /** ZRANGEBYLEX between raw lex bounds. */
  public Future<List<V>> zrangeByLex(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByLex(key, lo, hi), l -> decodeAll(id, l));
  }

  /** ZREVRANGEBYLEX from {@code max} down to {@code min}. */
  public Future<List<V>> zrevrangeByLex(String id, String max, String min) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByLex(key, hi, lo), l -> decodeAll(id, l));
  }

  /** ZREMRANGEBYRANK; the number removed. */
  public Future<Long> zremrangeByRank(String id, long start, long stop) {
    byte[] key = rawKey(id);
    return call(c -> c.zremrangeByRank(key, start, stop));
  }

  /** ZREMRANGEBYSCORE between raw bounds; the number removed. */
  public Future<Long> zremrangeByScore(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zremrangeByScore(key, lo, hi));
  }

  /** ZREMRANGEBYLEX between raw bounds; the number removed. */
  public Future<Long> zremrangeByLex(String id, String min, String max) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zremrangeByLex(key, lo, hi));
  }

  /** ZPOPMIN: up to {@code count} lowest members with scores. */
  public Future<List<Map.Entry<V, Double>>> zpopmin(String id, int count) {
    byte[] key = rawKey(id);
    return call(c -> c.zpopmin(key, count), l -> scored(id, l));
  }

  /** ZPOPMAX: up to {@code count} highest members with scores. */
  public Future<List<Map.Entry<V, Double>>> zpopmax(String id, int count) {
    byte[] key = rawKey(id);
    return call(c -> c.zpopmax(key, count), l -> scored(id, l));
  }

  /** ZRANDMEMBER: a random member, {@code null} when empty. */
  public Future<V> zrandmember(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.zrandmember(key), m -> decode(id, m));
  }

  /** ZUNIONSTORE of {@code ids} into {@code destinationId}, optional aggregate; its size. */
  public Future<Long> zunionstore(String destinationId, ZParams.Aggregate aggregate, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    ZParams params = zparams(aggregate);
    return call(c -> c.zunionstore(destination, params, keys));
  }

  /** ZINTERSTORE of {@code ids} into {@code destinationId}, optional aggregate; its size. */
  public Future<Long> zinterstore(String destinationId, ZParams.Aggregate aggregate, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    ZParams params = zparams(aggregate);
    return call(c -> c.zinterstore(destination, params, keys));
  }

  /** One ZSCAN page of (member, score) entries; {@code match} is a raw glob, may be {@code null}. */
  public Future<ScanResult<Map.Entry<V, Double>>> zscan(String id, String cursor, String match, Integer count) {
    byte[] key = rawKey(id);
    byte[] raw = Keys.utf8(Objects.requireNonNull(cursor, "cursor"));
    var params = ScanParamsFactory.of(match, count);
    return call(c -> c.zscan(key, raw, params),
        page -> new ScanResult<>(page.getCursor(), scored(id, page.getResult())));
  }

  /** Iterates every (member, score) of {@code id}; own round trips, InvalidOperation in a pipeline. */
  public ScanIterator<Map.Entry<V, Double>> zscanIter(String id, String match, Integer count) {
    requireUnpipelined("zscanIter of " + key(id));
    return new ScanIterator<>(cursor -> zscan(id, cursor, match, count).get());
  }

  /** ZRANGEBYSCORE ... WITHSCORES LIMIT offset count. */
  public Future<List<Map.Entry<V, Double>>> zrangeByScoreWithScores(String id, String min, String max,
      int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByScoreWithScores(key, lo, hi, offset, count), l -> scored(id, l));
  }

  /** ZREVRANGEBYSCORE from {@code max} down to {@code min}, LIMIT offset count. */
  public Future<List<V>> zrevrangeByScore(String id, String max, String min, int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByScore(key, hi, lo, offset, count), l -> decodeAll(id, l));
  }

  /** ZREVRANGEBYSCORE ... WITHSCORES LIMIT offset count. */
  public Future<List<Map.Entry<V, Double>>> zrevrangeByScoreWithScores(String id, String max,
      String min, int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByScoreWithScores(key, hi, lo, offset, count), l -> scored(id, l));
  }

  /** ZRANGEBYLEX ... LIMIT offset count. */
  public Future<List<V>> zrangeByLex(String id, String min, String max, int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrangeByLex(key, lo, hi, offset, count), l -> decodeAll(id, l));
  }

  /** ZREVRANGEBYLEX from {@code max} down to {@code min}, LIMIT offset count. */
  public Future<List<V>> zrevrangeByLex(String id, String max, String min, int offset, int count) {
    byte[] key = rawKey(id);
    byte[] lo = Keys.utf8(Objects.requireNonNull(min, "min"));
    byte[] hi = Keys.utf8(Objects.requireNonNull(max, "max"));
    return call(c -> c.zrevrangeByLex(key, hi, lo, offset, count), l -> decodeAll(id, l));
  }

  /** ZPOPMIN of one member: the lowest (member, score), {@code null} when empty. */
  public Future<Map.Entry<V, Double>> zpopmin(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.zpopmin(key), t -> entry(id, t));
  }

  /** ZPOPMAX of one member: the highest (member, score), {@code null} when empty. */
  public Future<Map.Entry<V, Double>> zpopmax(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.zpopmax(key), t -> entry(id, t));
  }

  private Map.Entry<V, Double> entry(String id, Tuple t) {
    return t == null ? null : new SimpleImmutableEntry<>(decode(id, t.getBinaryElement()), t.getScore());
  }

  /** ZRANDMEMBER count (negative: may repeat): members. */
  public Future<List<V>> zrandmember(String id, long count) {
    byte[] key = rawKey(id);
    return call(c -> c.zrandmember(key, count), l -> decodeAll(id, l));
  }

  /** ZRANDMEMBER count WITHSCORES: (member, score) entries. */
  public Future<List<Map.Entry<V, Double>>> zrandmemberWithScores(String id, long count) {
    byte[] key = rawKey(id);
    return call(c -> c.zrandmemberWithScores(key, count), l -> scored(id, l));
  }

  /**
   * BZPOPMIN with a timeout in seconds (0 = forever): the id of the first non-empty sorted set
   * with its lowest (member, score); {@code null} on timeout.
   */
  public Future<Map.Entry<String, Map.Entry<V, Double>>> bzpopmin(double timeoutSeconds, String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.bzpopmin(timeoutSeconds, keys), this::popped);
  }

  /** BZPOPMAX, like {@link #bzpopmin} with the highest score. */
  public Future<Map.Entry<String, Map.Entry<V, Double>>> bzpopmax(double timeoutSeconds, String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.bzpopmax(timeoutSeconds, keys), this::popped);
  }

  private Map.Entry<String, Map.Entry<V, Double>> popped(KeyValue<byte[], Tuple> kv) {
    if (kv == null) {
      return null;
    }
    String id = Keys.idOf(prefix(), Keys.text(kv.getKey()));
    return new SimpleImmutableEntry<>(id, entry(id, kv.getValue()));
  }

  private static ZParams zparams(ZParams.Aggregate aggregate) {
    ZParams params = new ZParams();
    if (aggregate != null) {
      params.aggregate(aggregate);
    }
    return params;
  }

  /** ZUNION (Redis 6.2) of {@code ids}, optional aggregate: the members. */
  public Future<List<V>> zunion(ZParams.Aggregate aggregate, String... ids) {
    byte[][] keys = rawKeys(ids);
    ZParams params = zparams(aggregate);
    return call(c -> c.zunion(params, keys), l -> decodeAll(ids[0], l));
  }

  /** ZINTER (Redis 6.2) of {@code ids}, optional aggregate: the members. */
  public Future<List<V>> zinter(ZParams.Aggregate aggregate, String... ids) {
    byte[][] keys = rawKeys(ids);
    ZParams params = zparams(aggregate);
    return call(c -> c.zinter(params, keys), l -> decodeAll(ids[0], l));
  }

  /** ZDIFF (Redis 6.2): the members of the first id's set not in the others. */
  public Future<List<V>> zdiff(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.zdiff(keys), l -> decodeAll(ids[0], l));
  }

  /** ZDIFFSTORE (Redis 6.2) into {@code destinationId}; its size. */
  public Future<Long> zdiffstore(String destinationId, String... ids) {
    byte[] destination = rawKey(destinationId);
    byte[][] keys = rawKeys(ids);
    return call(c -> c.zdiffstore(destination, keys));
  }
}

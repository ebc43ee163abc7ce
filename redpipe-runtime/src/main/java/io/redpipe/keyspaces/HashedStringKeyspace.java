package io.redpipe.keyspaces;

import io.redpipe.Scope;
import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.resps.ScanResult;

/**
 * RedPipe's sharded string store: each id is a member of one of {@code shardCount} hashes, the
 * hash {@code prefix{shard}} with shard = MD5(id as UTF-8) read as a big integer modulo the
 * shard count — the same placement as Python RedPipe's {@code HashedString} (id {@code "a"}
 * with 3 shards is in shard 1, with 64 shards in shard 33). Many small values cost far less
 * memory this way than one key each.
 *
 * @param <V> the Java type of the values
 */
public class HashedStringKeyspace<V> {
  private final KeyspaceSpec<V> spec;
  private final int shardCount;
  private final Scope scope;

  /**
   * Creates the keyspace.
   *
   * @param spec prefix, connection and value codec
   * @param shardCount the number of hashes the ids are spread over
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  public HashedStringKeyspace(KeyspaceSpec<V> spec, int shardCount, Scope scope) {
    this.spec = Objects.requireNonNull(spec, "spec");
    if (shardCount < 1) {
      throw new IllegalArgumentException("shardCount of hashed string keyspace '" + spec.prefix()
          + "' is " + shardCount + "; use 1 or more (Python RedPipe's default is 64)");
    }
    this.shardCount = shardCount;
    this.scope = scope;
  }

  /** The spec. */
  public final KeyspaceSpec<V> spec() {
    return spec;
  }

  /** The number of shards. */
  public final int shardCount() {
    return shardCount;
  }

  /** The shard of {@code id}: MD5(id UTF-8) as an unsigned big integer, modulo the shard count. */
  public final int shard(String id) {
    Objects.requireNonNull(id, "id");
    try {
      byte[] digest = MessageDigest.getInstance("MD5").digest(id.getBytes(StandardCharsets.UTF_8));
      return new BigInteger(1, digest).mod(BigInteger.valueOf(shardCount)).intValue();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no MD5, which every Java platform must provide", e);
    }
  }

  /** The Redis key of the hash that holds {@code id}: {@code prefix{shard}}. */
  public final String shardKey(String id) {
    return spec.key(Integer.toString(shard(id)));
  }

  private byte[] rawShardKey(String id) {
    return Keys.utf8(shardKey(id));
  }

  private <T> Future<T> call(Function<CommandObjects, CommandObject<T>> command) {
    return RedPipe.autoexec(scope, spec.connection(), p -> p.executeCommand(command.apply(p.commandObjects())));
  }

  private byte[] encode(String id, V value) {
    return AbstractKeyspace.encodeWith(shardKey(id), "member '" + id + "'", spec.valueCodec(), value);
  }

  private V decode(String id, byte[] bytes) {
    return AbstractKeyspace.decodeWith(shardKey(id), "member '" + id + "'", spec.valueCodec(), bytes);
  }

  /** The value of {@code id}, {@code null} when missing. */
  public Future<V> get(String id) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    return RedPipe.autoexec(scope, spec.connection(),
        p -> p.executeCommand(p.commandObjects().hget(key, field)).map(bytes -> decode(id, bytes)));
  }

  /** Sets the value of {@code id}; 1 when new, 0 when updated. */
  public Future<Long> set(String id, V value) {
    return set(id, value, false);
  }

  /** Sets the value of {@code id}; with {@code nx} only when missing. 1 when written, else 0. */
  public Future<Long> set(String id, V value, boolean nx) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    byte[] bytes = encode(id, value);
    return nx ? call(c -> c.hsetnx(key, field, bytes)) : call(c -> c.hset(key, field, bytes));
  }

  /** Sets the value of {@code id} only when missing; 1 when written, else 0. */
  public Future<Long> setnx(String id, V value) {
    return set(id, value, true);
  }

  /** The length of the stored bytes of {@code id}; 0 when missing. */
  public Future<Long> strlen(String id) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    return call(c -> c.hstrlen(key, field));
  }

  /** Adds 1; the new value. */
  public Future<Long> incr(String id) {
    return incrBy(id, 1);
  }

  /** Adds {@code amount}; the new value. */
  public Future<Long> incrBy(String id, long amount) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    return call(c -> c.hincrBy(key, field, amount));
  }

  /** Adds {@code amount}; the new value. */
  public Future<Double> incrByFloat(String id, double amount) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    return call(c -> c.hincrByFloat(key, field, amount));
  }

  /** The values of {@code ids} in order ({@code null} for missing), one HGET each, one round trip. */
  public Future<List<V>> mget(String... ids) {
    Objects.requireNonNull(ids, "ids");
    return RedPipe.autoexec(scope, spec.connection(), p -> {
      List<Future<V>> parts = new ArrayList<>();
      for (String id : ids) {
        parts.add(get(p, id));
      }
      return Future.all(parts);
    });
  }

  private Future<V> get(Pipeline p, String id) {
    byte[] key = rawShardKey(id);
    byte[] field = Keys.utf8(id);
    return p.executeCommand(p.commandObjects().hget(key, field)).map(bytes -> decode(id, bytes));
  }

  /** Removes {@code ids}, one HDEL each, one round trip; the number removed. */
  public Future<Long> delete(String... ids) {
    Objects.requireNonNull(ids, "ids");
    return RedPipe.autoexec(scope, spec.connection(), p -> {
      List<Future<Long>> parts = new ArrayList<>();
      for (String id : ids) {
        byte[] key = rawShardKey(id);
        byte[] field = Keys.utf8(id);
        parts.add(p.executeCommand(p.commandObjects().hdel(key, field)));
      }
      return Future.all(parts).map(counts -> {
        long sum = 0;
        for (Long count : counts) {
          sum += count;
        }
        return sum;
      });
    });
  }

  /**
   * Iterates every (id, value) of every shard (all {@code shardCount} of them — Python RedPipe
   * skips the last one, this does not); {@code match} is a raw glob over ids, may be
   * {@code null}. Each page is its own round trip; InvalidOperation on a pipelined keyspace.
   */
  public Iterator<Map.Entry<String, V>> scanIter(String match, Integer count) {
    if (scope instanceof Pipeline) {
      throw new InvalidOperation("hashed string keyspace '" + spec.prefix()
          + "': cannot pipeline scan operations; use a keyspace without a pipeline");
    }
    return new Iterator<Map.Entry<String, V>>() {
      private int shard = -1;
      private Iterator<Map.Entry<String, V>> current = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!current.hasNext() && shard + 1 < shardCount) {
          shard++;
          byte[] key = Keys.utf8(spec.key(Integer.toString(shard)));
          String keyText = spec.key(Integer.toString(shard));
          current = new ScanIterator<>(cursor -> page(key, keyText, cursor, match, count));
        }
        return current.hasNext();
      }

      @Override
      public Map.Entry<String, V> next() {
        if (!hasNext()) {
          throw new NoSuchElementException("the scan is complete");
        }
        return current.next();
      }
    };
  }

  private ScanResult<Map.Entry<String, V>> page(byte[] key, String keyText, String cursor, String match, Integer count) {
    byte[] raw = Keys.utf8(cursor);
    var params = ScanParamsFactory.of(match, count);
    return RedPipe.autoexec(scope, spec.connection(), p -> p.executeCommand(p.commandObjects().hscan(key, raw, params))
        .map(result -> {
          List<Map.Entry<String, V>> out = new ArrayList<>();
          for (Map.Entry<byte[], byte[]> e : result.getResult()) {
            String id = Keys.text(e.getKey());
            out.add(new SimpleImmutableEntry<>(id,
                AbstractKeyspace.decodeWith(keyText, "member '" + id + "'", spec.valueCodec(), e.getValue())));
          }
          return new ScanResult<>(result.getCursor(), out);
        })).get();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{prefix=" + spec.prefix() + ", shards=" + shardCount + "}";
  }
}

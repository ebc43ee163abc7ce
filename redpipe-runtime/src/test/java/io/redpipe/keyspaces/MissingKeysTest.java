package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.args.GeoUnit;

/**
 * Reads of keys that do not exist give {@code null} for one value and an empty collection for
 * many, with either protocol, alone and inside a shared pipeline.
 */
@OnBothBackends
class MissingKeysTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("MK", null, Codecs.TEXT);

  @Test
  void overRespThree(Backend backend) {
    check(backend, RedisProtocol.RESP3);
  }

  @Test
  void overRespTwo(Backend backend) {
    check(backend, RedisProtocol.RESP2);
  }

  private static void check(Backend backend, RedisProtocol protocol) {
    try (UnifiedJedis client = backend.newClient(protocol)) {
      RedPipe.reset();
      RedPipe.connect(client);
      Modes.aloneAndPipelined("none-" + protocol, (pipe, id) -> {
        StringKeyspace<String> strings = new StringKeyspace<>(SPEC, pipe);
        SetKeyspace<String> sets = new SetKeyspace<>(SPEC, pipe);
        ListKeyspace<String> lists = new ListKeyspace<>(SPEC, pipe);
        SortedSetKeyspace<String> zsets = new SortedSetKeyspace<>(SPEC, pipe);
        HashKeyspace hashes = new HashKeyspace(HashSchema.builder("MK").build(), pipe);
        GeoKeyspace<String> geo = new GeoKeyspace<>(SPEC, pipe);
        List<Future<?>> nulls = new ArrayList<>(List.of(
            strings.get(id), strings.getDel(id), strings.dump(id), strings.objectEncoding(id),
            sets.spop(id), sets.srandmember(id), lists.lpop(id), lists.rpop(id),
            lists.lindex(id, 0), lists.lpos(id, "x"), lists.rpoplpush(id, id),
            zsets.zscore(id, "x"), zsets.zrank(id, "x"), zsets.zpopmin(id), zsets.zpopmax(id),
            zsets.zrandmember(id), hashes.hget(id, "x"), hashes.hrandfield(id),
            geo.geodist(id, "a", "b", GeoUnit.M)));
        List<Future<? extends java.util.Collection<?>>> empties = new ArrayList<>(List.of(
            sets.smembers(id), sets.spop(id, 2),
            sets.srandmember(id, 3), sets.sunion(id), lists.lrange(id, 0, -1), lists.lpop(id, 2),
            lists.rpop(id, 2), zsets.zrange(id, 0, -1), zsets.zrangeWithScores(id, 0, -1),
            zsets.zrangeByScore(id, "-inf", "+inf"), zsets.zpopmin(id, 2), zsets.zpopmax(id, 2),
            zsets.zrandmember(id, 2), zsets.zrandmemberWithScores(id, 2), hashes.hkeys(id),
            hashes.hvals(id), hashes.hrandfield(id, 2), hashes.hrandfieldWithValues(id, 2),
            strings.sort(id), geo.geosearch(id, GeoSearch.<String>fromPoint(0, 0).byRadius(1, GeoUnit.KM))));
        Future<List<String>> mget = strings.mget(id, id);
        Future<Map<String, Object>> hgetall = hashes.hgetall(id);
        Future<List<Object>> hmget = hashes.hmget(id, "a", "b");
        Future<List<Double>> zmscore = zsets.zmscore(id, "a");
        Future<List<Boolean>> smismember = sets.smismember(id, "a");
        Future<String> range = strings.getrange(id, 0, 5);
        Future<Set<String>> scanned = sets.sscan(id, "0", null, null).map(p -> Set.copyOf(p.getResult()));
        return () -> {
          for (Future<?> f : nulls) {
            assertNull(f.get(), f.toString());
          }
          for (Future<? extends java.util.Collection<?>> f : empties) {
            assertEquals(0, f.get().size(), f.toString());
          }
          assertEquals(Arrays.asList(null, null), mget.get());
          assertEquals(Map.of(), hgetall.get());
          assertEquals(Arrays.asList(null, null), hmget.get());
          assertEquals(Arrays.asList((Double) null), zmscore.get());
          assertEquals(List.of(false), smismember.get());
          assertEquals("", range.get());
          assertEquals(Set.of(), scanned.get());
        };
      });
    }
  }
}

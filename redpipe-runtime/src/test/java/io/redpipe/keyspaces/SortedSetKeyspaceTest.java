package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ZParams;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.ScanResult;

@OnBothBackends
class SortedSetKeyspaceTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("Z", null, Codecs.TEXT);

  private static Map.Entry<String, Double> e(String member, double score) {
    return new SimpleImmutableEntry<>(member, score);
  }

  @Test
  void addScoreRankAndRanges(Backend backend) {
    backend.assumeSingleServer("ZRANGESTORE into another id;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("z", (pipe, id) -> {
      SortedSetKeyspace<String> ks = new SortedSetKeyspace<>(SPEC, pipe);
      Map<String, Double> members = new LinkedHashMap<>();
      members.put("a", 1.0);
      members.put("b", 2.0);
      members.put("ç", 3.5);
      Future<Long> added = ks.zadd(id, members);
      Future<Long> one = ks.zadd(id, "d", 4);
      Future<Long> nxBlocked = ks.zadd(id, "a", 10, ZAddOption.NX);
      Future<Long> xxChanged = ks.zadd(id, "a", 0.5, ZAddOption.XX, ZAddOption.CH);
      Future<Long> gtBlocked = ks.zadd(id, "a", 0.1, ZAddOption.GT, ZAddOption.CH);
      Future<Double> incr = ks.zaddIncr(id, "b", 1);
      Future<Double> incrBlocked = ks.zaddIncr(id, "new", 1, ZAddOption.XX);
      Future<Double> zincrby = ks.zincrby(id, "d", 0.5);
      Future<Double> score = ks.zscore(id, "ç");
      Future<Double> scoreMissing = ks.zscore(id, "zz");
      Future<List<Double>> mscore = ks.zmscore(id, "a", "zz");
      Future<Long> rank = ks.zrank(id, "ç");
      Future<Long> revrank = ks.zrevrank(id, "ç");
      Future<Long> rankMissing = ks.zrank(id, "zz");
      Future<Long> card = ks.zcard(id);
      Future<Long> count = ks.zcount(id, "(1", "+inf");
      Future<List<String>> range = ks.zrange(id, 0, -1);
      Future<List<Map.Entry<String, Double>>> withScores = ks.zrangeWithScores(id, 0, 1);
      Future<List<String>> rev = ks.zrevrange(id, 0, 0);
      Future<List<Map.Entry<String, Double>>> revScores = ks.zrevrangeWithScores(id, 0, 0);
      Future<List<String>> byScore = ks.zrangeByScore(id, "1", "3.5");
      Future<List<String>> byScoreLimit = ks.zrangeByScore(id, "-inf", "+inf", 1, 1);
      Future<List<Map.Entry<String, Double>>> byScoreWith = ks.zrangeByScoreWithScores(id, "3", "3.5");
      Future<List<String>> revByScore = ks.zrevrangeByScore(id, "+inf", "3.5");
      Future<List<Map.Entry<String, Double>>> revByScoreWith = ks.zrevrangeByScoreWithScores(id, "0.5", "-inf");
      Future<List<String>> modern = ks.zrange(id, ZRangeParams.zrangeByScoreParams(5, 3).rev());
      Future<List<Map.Entry<String, Double>>> modernWith =
          ks.zrangeWithScores(id, ZRangeParams.zrangeParams(0, 0));
      Future<Long> rangestore = ks.zrangestore(id + "copy", id, ZRangeParams.zrangeParams(0, 1));
      Future<List<String>> copy = ks.zrange(id + "copy", 0, -1);
      Future<String> random = ks.zrandmember(id);
      Future<Long> removed = ks.zrem(id, "a", "zz");
      Future<List<Map.Entry<String, Double>>> min = ks.zpopmin(id + "copy", 1);
      Future<List<Map.Entry<String, Double>>> max = ks.zpopmax(id + "copy", 5);
      return () -> {
        assertEquals(3L, added.get());
        assertEquals(1L, one.get());
        assertEquals(0L, nxBlocked.get());
        assertEquals(1L, xxChanged.get());
        assertEquals(0L, gtBlocked.get());
        assertEquals(3.0, incr.get());
        assertNull(incrBlocked.get());
        assertEquals(4.5, zincrby.get());
        assertEquals(3.5, score.get());
        assertNull(scoreMissing.get());
        assertEquals(Arrays.asList(0.5, null), mscore.get());
        assertEquals(2L, rank.get());
        assertEquals(1L, revrank.get());
        assertNull(rankMissing.get());
        assertEquals(4L, card.get());
        assertEquals(3L, count.get());
        assertEquals(List.of("a", "b", "ç", "d"), range.get());
        assertEquals(List.of(e("a", 0.5), e("b", 3.0)), withScores.get());
        assertEquals(List.of("d"), rev.get());
        assertEquals(List.of(e("d", 4.5)), revScores.get());
        assertEquals(List.of("b", "ç"), byScore.get());
        assertEquals(List.of("b"), byScoreLimit.get());
        assertEquals(List.of(e("b", 3.0), e("ç", 3.5)), byScoreWith.get());
        assertEquals(List.of("d", "ç"), revByScore.get());
        assertEquals(List.of(e("a", 0.5)), revByScoreWith.get());
        assertEquals(List.of("d", "ç", "b"), modern.get());
        assertEquals(List.of(e("a", 0.5)), modernWith.get());
        assertEquals(2L, rangestore.get());
        assertEquals(List.of("a", "b"), copy.get());
        assertTrue(range.get().contains(random.get()));
        assertEquals(1L, removed.get());
        assertEquals(List.of(e("a", 0.5)), min.get());
        assertEquals(List.of(e("b", 3.0)), max.get());
      };
    });
  }

  @Test
  void lexRangesRemovalsAndStores(Backend backend) {
    backend.assumeSingleServer("ZUNIONSTORE/ZINTERSTORE over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("lex", (pipe, id) -> {
      SortedSetKeyspace<String> ks = new SortedSetKeyspace<>(SPEC, pipe);
      Map<String, Double> members = new LinkedHashMap<>();
      for (String m : List.of("a", "b", "c", "d", "e")) {
        members.put(m, 0.0);
      }
      ks.zadd(id, members);
      Future<Long> lexcount = ks.zlexcount(id, "[b", "(d");
      Future<List<String>> byLex = ks.zrangeByLex(id, "-", "[b");
      Future<List<String>> revByLex = ks.zrevrangeByLex(id, "+", "[d");
      Future<Long> remLex = ks.zremrangeByLex(id, "[a", "[a");
      Future<Long> remRank = ks.zremrangeByRank(id, 0, 0);
      Future<Long> remScore = ks.zremrangeByScore(id, "1", "2");
      ks.zadd(id + "x", "c", 5);
      ks.zadd(id + "y", "c", 7);
      Future<Long> union = ks.zunionstore(id + "u", ZParams.Aggregate.MAX, id, id + "x", id + "y");
      Future<Double> unionScore = ks.zscore(id + "u", "c");
      Future<Long> inter = ks.zinterstore(id + "i", null, id + "x", id + "y");
      Future<Double> interScore = ks.zscore(id + "i", "c");
      Future<ScanResult<Map.Entry<String, Double>>> scan = ks.zscan(id + "i", "0", null, null);
      return () -> {
        assertEquals(2L, lexcount.get());
        assertEquals(List.of("a", "b"), byLex.get());
        assertEquals(List.of("e", "d"), revByLex.get());
        assertEquals(1L, remLex.get());
        assertEquals(1L, remRank.get());
        assertEquals(0L, remScore.get());
        assertEquals(3L, union.get());
        assertEquals(7.0, unionScore.get());
        assertEquals(1L, inter.get());
        assertEquals(12.0, interScore.get());
        assertEquals(List.of(e("c", 12.0)), scan.get().getResult());
      };
    });
    List<Map.Entry<String, Double>> all = new ArrayList<>();
    new SortedSetKeyspace<>(SPEC, null).zscanIter("lex:alone", null, 1).forEachRemaining(all::add);
    assertEquals(List.of(e("c", 0.0), e("d", 0.0), e("e", 0.0)), all);
  }

  @Test
  void invalidOptionCombinationsQueueNothing() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      SortedSetKeyspace<String> ks = new SortedSetKeyspace<>(SPEC, pipe);
      InvalidOperation nxXx = assertThrows(InvalidOperation.class,
          () -> ks.zadd("bad", "m", 1, ZAddOption.NX, ZAddOption.XX));
      assertTrue(nxXx.getMessage().contains("Z{bad}"), nxXx.getMessage());
      assertThrows(InvalidOperation.class, () -> ks.zadd("bad", "m", 1, ZAddOption.GT, ZAddOption.LT));
      assertThrows(InvalidOperation.class, () -> ks.zaddIncr("bad", "m", 1, ZAddOption.NX, ZAddOption.GT));
      assertThrows(InvalidOperation.class, () -> ks.zadd("bad", new LinkedHashMap<>()));
      pipe.execute();
    }
    assertFalse(new SortedSetKeyspace<>(SPEC, null).exists("bad").get());
  }
}

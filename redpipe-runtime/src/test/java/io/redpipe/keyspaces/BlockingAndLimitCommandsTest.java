package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.RequiresRedis;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.params.SetParams;

/**
 * The commands added by the keyspace audit: OBJECT, TOUCH, COPY, blocking list and sorted-set
 * pops (with data present, so they return at once), LIMIT forms, single pops and ZRANDMEMBER
 * counts; each alone and inside a shared pipeline.
 */
@RedisTest
class BlockingAndLimitCommandsTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("BL", null, Codecs.TEXT);

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  private static <K, V> Map.Entry<K, V> e(K key, V value) {
    return new SimpleImmutableEntry<>(key, value);
  }

  @Test
  void objectTouchCopyAndSubstr(RedisClient client) {
    Modes.aloneAndPipelined("obj", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      ks.set(id, "12345");
      ks.set(id + "t", "héllo wörld");
      Future<String> encoding = ks.objectEncoding(id);
      Future<String> textEncoding = ks.objectEncoding(id + "t");
      Future<String> missingEncoding = ks.objectEncoding(id + "missing");
      Future<Long> refcount = ks.objectRefcount(id + "t");
      Future<Long> idle = ks.objectIdletime(id + "t");
      Future<Long> missingIdle = ks.objectIdletime(id + "missing");
      Future<Long> touched = ks.touch(id, id + "t", id + "missing");
      Future<Boolean> copied = ks.copy(id + "t", id + "c", false);
      Future<Boolean> notReplaced = ks.copy(id, id + "c", false);
      Future<Boolean> replaced = ks.copy(id, id + "c", true);
      Future<String> copy = ks.get(id + "c");
      Future<Boolean> fromMissing = ks.copy(id + "missing", id + "c2", true);
      Future<String> substr = ks.substr(id + "t", 0, 5);
      Future<String> tail = ks.substr(id + "t", -6, -1);
      return () -> {
        assertEquals("int", encoding.get());
        assertEquals("embstr", textEncoding.get());
        assertNull(missingEncoding.get());
        assertTrue(refcount.get() >= 1);
        assertTrue(idle.get() >= 0);
        assertNull(missingIdle.get());
        assertEquals(2L, touched.get());
        assertTrue(copied.get());
        assertFalse(notReplaced.get());
        assertTrue(replaced.get());
        assertEquals("12345", copy.get());
        assertFalse(fromMissing.get());
        assertEquals("héllo", substr.get());
        assertEquals("wörld", tail.get());
      };
    });
    assertFalse(client.exists("BL{obj:alonec2}"));
  }

  @Test
  void objectFreqIsAServerErrorWithoutAnLfuPolicy() {
    StringKeyspace<String> ks = new StringKeyspace<>(SPEC, null);
    ks.set("freq", "v");
    RuntimeException error = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> ks.objectFreq("freq").get());
    assertTrue(error.getMessage().contains("LFU"), error.getMessage());
  }

  @Test
  void blockingListCommandsReturnAtOnceWhenDataExists() {
    Modes.aloneAndPipelined("blist", (pipe, id) -> {
      ListKeyspace<String> ks = new ListKeyspace<>(SPEC, pipe);
      ks.rpush(id, "a", "b", "ñ");
      Future<String> moved = ks.brpoplpush(id, id + "d", 1);
      Future<String> blmoved = ks.blmove(id, id + "d", ListDirection.LEFT, ListDirection.RIGHT, 0.1);
      Future<List<String>> source = ks.lrange(id, 0, -1);
      Future<List<String>> destination = ks.lrange(id + "d", 0, -1);
      return () -> {
        assertEquals("ñ", moved.get());
        assertEquals("a", blmoved.get());
        assertEquals(List.of("b"), source.get());
        assertEquals(List.of("ñ", "a"), destination.get());
      };
    });
  }

  @Test
  @RequiresRedis("7.0")
  void blmpopReturnsTheIdAndTheElements() {
    Modes.aloneAndPipelined("blmpop", (pipe, id) -> {
      ListKeyspace<String> ks = new ListKeyspace<>(SPEC, pipe);
      ks.rpush(id + "2", "x", "y", "z");
      Future<Map.Entry<String, List<String>>> popped =
          ks.blmpop(0.1, ListDirection.RIGHT, 2, id + "1", id + "2");
      return () -> assertEquals(e(id + "2", List.of("z", "y")), popped.get());
    });
  }

  @Test
  void sortedSetPopsRandomMembersAndLimits() {
    Modes.aloneAndPipelined("zl", (pipe, id) -> {
      SortedSetKeyspace<String> ks = new SortedSetKeyspace<>(SPEC, pipe);
      ks.zadd(id, Map.of("a", 1.0, "b", 2.0, "c", 3.0, "d", 4.0, "é", 5.0));
      ks.zadd(id + "lex", Map.of("a", 0.0, "b", 0.0, "c", 0.0, "d", 0.0));
      Future<List<Map.Entry<String, Double>>> byScore =
          ks.zrangeByScoreWithScores(id, "(1", "+inf", 1, 2);
      Future<List<String>> revByScore = ks.zrevrangeByScore(id, "+inf", "-inf", 1, 2);
      Future<List<Map.Entry<String, Double>>> revByScoreScored =
          ks.zrevrangeByScoreWithScores(id, "4", "1", 0, 2);
      Future<List<String>> byLex = ks.zrangeByLex(id + "lex", "-", "+", 1, 2);
      Future<List<String>> revByLex = ks.zrevrangeByLex(id + "lex", "+", "[b", 0, 2);
      Future<List<String>> random = ks.zrandmember(id, 3);
      Future<List<String>> repeated = ks.zrandmember(id, -8);
      Future<List<Map.Entry<String, Double>>> randomScored = ks.zrandmemberWithScores(id, 10);
      Future<Map.Entry<String, Double>> min = ks.zpopmin(id);
      Future<Map.Entry<String, Double>> max = ks.zpopmax(id);
      Future<Map.Entry<String, Double>> missing = ks.zpopmin(id + "missing");
      Future<Map.Entry<String, Map.Entry<String, Double>>> bmin = ks.bzpopmin(0.1, id + "missing", id);
      Future<Map.Entry<String, Map.Entry<String, Double>>> bmax = ks.bzpopmax(0.1, id);
      Future<List<String>> left = ks.zrange(id, 0, -1);
      return () -> {
        assertEquals(List.of(e("c", 3.0), e("d", 4.0)), byScore.get());
        assertEquals(List.of("d", "c"), revByScore.get());
        assertEquals(List.of(e("d", 4.0), e("c", 3.0)), revByScoreScored.get());
        assertEquals(List.of("b", "c"), byLex.get());
        assertEquals(List.of("d", "c"), revByLex.get());
        assertEquals(3, new HashSet<>(random.get()).size());
        assertEquals(8, repeated.get().size());
        assertTrue(Set.of("a", "b", "c", "d", "é").containsAll(repeated.get()));
        assertEquals(Set.of(e("a", 1.0), e("b", 2.0), e("c", 3.0), e("d", 4.0), e("é", 5.0)),
            new HashSet<>(randomScored.get()));
        assertEquals(e("a", 1.0), min.get());
        assertEquals(e("é", 5.0), max.get());
        assertNull(missing.get());
        assertEquals(e(id, e("b", 2.0)), bmin.get());
        assertEquals(e(id, e("d", 4.0)), bmax.get());
        assertEquals(List.of("c"), left.get());
      };
    });
  }

  @Test
  void hashIncrementAliases() {
    Modes.aloneAndPipelined("hinc", (pipe, id) -> {
      HashKeyspace ks = new HashKeyspace(HashSchema.builder("BLH").build(), pipe);
      Future<Long> count = ks.hincrBy(id, "n", 5);
      Future<Double> ratio = ks.hincrByFloat(id, "r", 0.5);
      Future<Object> stored = ks.hget(id, "n");
      return () -> {
        assertEquals(5L, count.get());
        assertEquals(0.5, ratio.get());
        assertEquals("5", stored.get());
      };
    });
  }

  @Test
  void setVariantsMultiSetsAndBitpos() {
    Modes.aloneAndPipelined("mset", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      Future<Boolean> mset = ks.mset(Map.of(id + "a", "1", id + "b", "ü"));
      Future<Boolean> msetnxBlocked = ks.msetnx(Map.of(id + "a", "x", id + "c", "3"));
      Future<Boolean> msetnx = ks.msetnx(Map.of(id + "c", "3", id + "d", "4"));
      Future<List<String>> values = ks.mget(id + "a", id + "b", id + "c", id + "d");
      Future<Boolean> keepTtl = ks.set(id + "a", "2", SetParams.setParams().px(100_000));
      Future<Boolean> xxBlocked = ks.set(id + "none", "v", SetParams.setParams().xx());
      Future<String> old = ks.setGet(id + "a", "3", SetParams.setParams().keepTtl());
      Future<String> oldMissing = ks.setGet(id + "e", "5", SetParams.setParams());
      Future<Long> pttl = ks.pttl(id + "a");
      Future<Long> firstOne = ks.bitpos(id + "b", true);
      Future<Long> firstZero = ks.bitpos(id + "b", false);
      return () -> {
        assertTrue(mset.get());
        assertFalse(msetnxBlocked.get());
        assertTrue(msetnx.get());
        assertEquals(List.of("1", "ü", "3", "4"), values.get());
        assertTrue(keepTtl.get());
        assertFalse(xxBlocked.get());
        assertEquals("2", old.get());
        assertNull(oldMissing.get());
        assertTrue(pttl.get() > 0 && pttl.get() <= 100_000, "KEEPTTL kept the timeout");
        assertEquals(0L, firstOne.get());
        assertEquals(2L, firstZero.get());
      };
    });
  }

  @Test
  void unionsIntersectionsAndDiffsOfSortedSets() {
    Modes.aloneAndPipelined("zops", (pipe, id) -> {
      SortedSetKeyspace<String> ks = new SortedSetKeyspace<>(SPEC, pipe);
      ks.zadd(id + "1", Map.of("a", 1.0, "b", 2.0, "ñ", 3.0));
      ks.zadd(id + "2", Map.of("b", 10.0, "ñ", 1.0));
      Future<List<String>> union = ks.zunion(null, id + "1", id + "2");
      Future<List<String>> interMin = ks.zinter(redis.clients.jedis.params.ZParams.Aggregate.MIN, id + "1", id + "2");
      Future<List<String>> diff = ks.zdiff(id + "1", id + "2");
      Future<Long> diffStored = ks.zdiffstore(id + "d", id + "1", id + "2");
      Future<Long> unionStored = ks.zunionstore(id + "u", redis.clients.jedis.params.ZParams.Aggregate.MAX, id + "1", id + "2");
      Future<Long> interStored = ks.zinterstore(id + "i", null, id + "1", id + "2");
      Future<List<Map.Entry<String, Double>>> unionScores = ks.zrangeWithScores(id + "u", 0, -1);
      Future<List<Map.Entry<String, Double>>> interScores = ks.zrangeWithScores(id + "i", 0, -1);
      Future<List<String>> diffMembers = ks.zrange(id + "d", 0, -1);
      return () -> {
        assertEquals(List.of("a", "ñ", "b"), union.get());
        assertEquals(List.of("ñ", "b"), interMin.get());
        assertEquals(List.of("a"), diff.get());
        assertEquals(1L, diffStored.get());
        assertEquals(3L, unionStored.get());
        assertEquals(2L, interStored.get());
        assertEquals(List.of(e("a", 1.0), e("ñ", 3.0), e("b", 10.0)), unionScores.get());
        assertEquals(List.of(e("ñ", 4.0), e("b", 12.0)), interScores.get());
        assertEquals(List.of("a"), diffMembers.get());
      };
    });
  }
}

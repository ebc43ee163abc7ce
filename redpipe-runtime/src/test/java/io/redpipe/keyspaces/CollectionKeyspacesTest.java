package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeException;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import io.redpipe.testkit.RequiresRedis;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.ListDirection;
import redis.clients.jedis.args.ListPosition;
import redis.clients.jedis.params.LPosParams;
import redis.clients.jedis.resps.ScanResult;

/** Sets, lists and HyperLogLogs. */
@OnBothBackends
class CollectionKeyspacesTest {
  private static final KeyspaceSpec<String> SETS = KeyspaceSpec.of("Set", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> LISTS = KeyspaceSpec.of("List", null, Codecs.TEXT);
  private static final KeyspaceSpec<Long> LONGS = KeyspaceSpec.of("ListL", null, Codecs.INTEGER);

  @Test
  void setCommands(Backend backend) {
    backend.assumeSingleServer("SDIFF/SINTER/SUNION/SMOVE over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("set", (pipe, id) -> {
      SetKeyspace<String> ks = new SetKeyspace<>(SETS, pipe);
      Future<Set<String>> empty = ks.smembers(id);
      Future<String> spopEmpty = ks.spop(id);
      Future<Long> added = ks.sadd(id, "a", "b", "ünï", "a");
      Future<Long> card = ks.scard(id);
      Future<Boolean> isMember = ks.sismember(id, "ünï");
      Future<Boolean> notMember = ks.sismember(id, "z");
      Future<List<Boolean>> mis = ks.smismember(id, "a", "z");
      Future<Set<String>> members = ks.smembers(id);
      Future<String> random = ks.srandmember(id);
      Future<List<String>> randoms = ks.srandmember(id, 2);
      ks.sadd(id + "2", "b", "c");
      Future<Set<String>> diff = ks.sdiff(id, id + "2");
      Future<Set<String>> inter = ks.sinter(id, id + "2");
      Future<Set<String>> union = ks.sunion(id, id + "2");
      Future<Long> diffStore = ks.sdiffstore(id + "d", id, id + "2");
      Future<Long> interStore = ks.sinterstore(id + "i", id, id + "2");
      Future<Long> unionStore = ks.sunionstore(id + "u", id, id + "2");
      Future<Set<String>> stored = ks.smembers(id + "u");
      Future<Boolean> moved = ks.smove(id + "2", id + "m", "c");
      Future<Long> removed = ks.srem(id, "a", "zz");
      Future<ScanResult<String>> scan = ks.sscan(id, "0", null, 1000);
      Future<Set<String>> popped = ks.spop(id + "u", 10);
      return () -> {
        assertEquals(Set.of(), empty.get());
        assertNull(spopEmpty.get());
        assertEquals(3L, added.get());
        assertEquals(3L, card.get());
        assertTrue(isMember.get());
        assertFalse(notMember.get());
        assertEquals(List.of(true, false), mis.get());
        assertEquals(Set.of("a", "b", "ünï"), members.get());
        assertTrue(members.get().contains(random.get()));
        assertEquals(2, randoms.get().size());
        assertEquals(Set.of("a", "ünï"), diff.get());
        assertEquals(Set.of("b"), inter.get());
        assertEquals(Set.of("a", "b", "c", "ünï"), union.get());
        assertEquals(2L, diffStore.get());
        assertEquals(1L, interStore.get());
        assertEquals(4L, unionStore.get());
        assertEquals(Set.of("a", "b", "c", "ünï"), stored.get());
        assertTrue(moved.get());
        assertEquals(1L, removed.get());
        assertEquals(Set.of("b", "ünï"), new HashSet<>(scan.get().getResult()));
        assertEquals(Set.of("a", "b", "c", "ünï"), popped.get());
      };
    });
    SetKeyspace<String> alone = new SetKeyspace<>(SETS, null);
    List<String> all = new ArrayList<>();
    alone.sscanIter("set:alone", null, 1).forEachRemaining(all::add);
    assertEquals(Set.of("b", "ünï"), new HashSet<>(all));
  }

  @Test
  @RequiresRedis("7.0")
  void setIntersectionCardinality(Backend backend) {
    backend.assumeSingleServer("SINTERCARD over several ids;"
        + " keys of different ids are in different slots");
    SetKeyspace<String> ks = new SetKeyspace<>(SETS, null);
    ks.sadd("card1", "a", "b");
    ks.sadd("card2", "b", "c");
    assertEquals(1L, ks.sintercard("card1", "card2").get());
  }

  @Test
  void membersAreTypedByTheCodec() {
    SetKeyspace<Long> ks = new SetKeyspace<>(KeyspaceSpec.of("SetL", null, Codecs.INTEGER), null);
    ks.sadd("n", 1L, 2L, 3L);
    assertEquals(Set.of(1L, 2L, 3L), ks.smembers("n").get());
    @SuppressWarnings({"unchecked", "rawtypes"})
    SetKeyspace<Object> raw = (SetKeyspace) ks;
    InvalidValue e = assertThrows(InvalidValue.class, () -> raw.sadd("n", "x"));
    assertTrue(e.getMessage().contains("SetL{n}"), e.getMessage());
  }

  @Test
  void listCommands(Backend backend) {
    backend.assumeSingleServer("RPOPLPUSH/LMOVE between ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("list", (pipe, id) -> {
      ListKeyspace<String> ks = new ListKeyspace<>(LISTS, pipe);
      Future<String> popEmpty = ks.lpop(id);
      Future<Long> pushx = ks.lpushx(id, "x");
      Future<Long> rpush = ks.rpush(id, "b", "c", "ñ");
      Future<Long> lpush = ks.lpush(id, "a");
      Future<Long> rpushx = ks.rpushx(id, "c");
      Future<Long> len = ks.llen(id);
      Future<List<String>> all = ks.lrange(id, 0, -1);
      Future<String> index = ks.lindex(id, 3);
      Future<String> outOfRange = ks.lindex(id, 99);
      Future<Boolean> lset = ks.lset(id, 0, "A");
      Future<Long> insert = ks.linsert(id, ListPosition.AFTER, "A", "a2");
      Future<Long> pos = ks.lpos(id, "c");
      Future<Long> posMissing = ks.lpos(id, "zz");
      Future<List<Long>> positions = ks.lpos(id, "c", LPosParams.lPosParams(), 0);
      Future<Long> lrem = ks.lrem(id, "c", 0);
      Future<List<String>> afterRem = ks.lrange(id, 0, -1);
      Future<String> rpoplpush = ks.rpoplpush(id, id + "2");
      Future<String> lmove = ks.lmove(id, id + "2", ListDirection.LEFT, ListDirection.RIGHT);
      Future<List<String>> other = ks.lrange(id + "2", 0, -1);
      Future<Boolean> trim = ks.ltrim(id, 0, 0);
      Future<List<String>> trimmed = ks.lrange(id, 0, -1);
      Future<String> rpop = ks.rpop(id);
      Future<List<String>> lpopCount = ks.lpop(id + "2", 5);
      Future<List<String>> rpopCountMissing = ks.rpop(id + "none", 2);
      return () -> {
        assertNull(popEmpty.get());
        assertEquals(0L, pushx.get());
        assertEquals(3L, rpush.get());
        assertEquals(4L, lpush.get());
        assertEquals(5L, rpushx.get());
        assertEquals(5L, len.get());
        assertEquals(List.of("a", "b", "c", "ñ", "c"), all.get());
        assertEquals("ñ", index.get());
        assertNull(outOfRange.get());
        assertTrue(lset.get());
        assertEquals(6L, insert.get());
        assertEquals(3L, pos.get());
        assertNull(posMissing.get());
        assertEquals(List.of(3L, 5L), positions.get());
        assertEquals(2L, lrem.get());
        assertEquals(List.of("A", "a2", "b", "ñ"), afterRem.get());
        assertEquals("ñ", rpoplpush.get());
        assertEquals("A", lmove.get());
        assertEquals(List.of("ñ", "A"), other.get());
        assertTrue(trim.get());
        assertEquals(List.of("a2"), trimmed.get());
        assertEquals("a2", rpop.get());
        assertEquals(List.of("ñ", "A"), lpopCount.get());
        assertEquals(List.of(), rpopCountMissing.get());
      };
    });
  }

  @Test
  void blockingPopsReturnTheIdNotTheKey(Backend backend) {
    backend.assumeSingleServer("BLPOP over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("bpop", (pipe, id) -> {
      ListKeyspace<Long> ks = new ListKeyspace<>(LONGS, pipe);
      ks.rpush(id + "b", 1L, 2L);
      Future<Map.Entry<String, Long>> left = ks.blpop(0.01, id + "a", id + "b");
      Future<Map.Entry<String, Long>> right = ks.brpop(0.01, id + "a", id + "b");
      Future<Map.Entry<String, Long>> timeout = ks.blpop(0.01, id + "a");
      return () -> {
        assertEquals(new SimpleImmutableEntry<>(id + "b", 1L), left.get());
        assertEquals(new SimpleImmutableEntry<>(id + "b", 2L), right.get());
        assertNull(timeout.get());
      };
    });
  }

  @Test
  @RequiresRedis("7.0")
  void lmpop(Backend backend) {
    backend.assumeSingleServer("LMPOP over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("lmpop", (pipe, id) -> {
      ListKeyspace<Long> ks = new ListKeyspace<>(LONGS, pipe);
      ks.rpush(id + "b", 1L, 2L, 3L);
      Future<Map.Entry<String, List<Long>>> popped = ks.lmpop(ListDirection.RIGHT, 2, id + "a", id + "b");
      Future<Map.Entry<String, List<Long>>> none = ks.lmpop(ListDirection.LEFT, 1, id + "a");
      return () -> {
        assertEquals(new SimpleImmutableEntry<>(id + "b", List.of(3L, 2L)), popped.get());
        assertNull(none.get());
      };
    });
  }

  @Test
  void wrongTypeInsideASharedPipelineNamesTheKey(UnifiedJedis client) {
    client.set("List{str}", "x");
    RedPipeException e = assertThrows(RedPipeException.class,
        () -> RedPipe.autoexec(null, pipe -> new ListKeyspace<>(LISTS, pipe).lpush("str", "y")));
    assertTrue(e.getMessage().contains("List{str}"), e.getMessage());
  }

  @Test
  void hyperLogLogCommands(Backend backend) {
    backend.assumeSingleServer("PFCOUNT/PFMERGE over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("hll", (pipe, id) -> {
      HyperLogLogKeyspace<String> ks =
          new HyperLogLogKeyspace<>(KeyspaceSpec.of("HLL", null, Codecs.TEXT), pipe);
      Future<Long> missing = ks.pfcount(id);
      Future<Boolean> changed = ks.pfadd(id, "a", "b", "c", "ß");
      Future<Boolean> unchanged = ks.pfadd(id, "a");
      ks.pfadd(id + "2", "c", "d");
      Future<Long> count = ks.pfcount(id);
      Future<Long> union = ks.pfcount(id, id + "2");
      Future<Boolean> merged = ks.pfmerge(id + "m", id, id + "2");
      Future<Long> mergedCount = ks.pfcount(id + "m");
      return () -> {
        assertEquals(0L, missing.get());
        assertTrue(changed.get());
        assertFalse(unchanged.get());
        assertEquals(4L, count.get());
        assertEquals(5L, union.get());
        assertTrue(merged.get());
        assertEquals(5L, mergedCount.get());
      };
    });
  }

  @Test
  void sortOfASetDecodesMembers() {
    SetKeyspace<Long> ks = new SetKeyspace<>(KeyspaceSpec.of("SortL", null, Codecs.INTEGER), null);
    ks.sadd("s", 10L, 2L, 33L);
    assertEquals(Arrays.asList(2L, 10L, 33L), ks.sort("s").get());
  }
}

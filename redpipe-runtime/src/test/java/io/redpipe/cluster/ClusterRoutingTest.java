package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.SlotMigration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.params.GeoSearchParam;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.params.ZRangeParams;
import redis.clients.jedis.resps.ScanResult;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Routing by slot, cross-slot and keyless errors, transactions, and slot migrations. */
@RedisClusterTest
class ClusterRoutingTest {

  @BeforeEach
  void connect(RedisClusterClient client) {
    RedPipe.connect("c", client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void eachCommandRunsOnTheMasterOfItsSlotAndFuturesFillInOrder(RedisClusterFixture cluster) {
    List<Future<Long>> futures = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      for (int i = 0; i < 60; i++) {
        futures.add(pipe.incrBy("route:" + i, i + 1));
      }
      pipe.execute();
    }
    Set<HostAndPort> used = new HashSet<>();
    for (int i = 0; i < 60; i++) {
      assertEquals(i + 1, futures.get(i).get());
      HostAndPort master = cluster.masterFor("route:" + i);
      used.add(master);
      try (Jedis node = cluster.connect(master)) {
        assertEquals(String.valueOf(i + 1), node.get("route:" + i));
      }
    }
    assertEquals(cluster.masters(), used);
  }

  @Test
  void aMultiKeyCommandOverSeveralSlotsFailsWhenQueuedNamingCommandKeysAndSlots() {
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      Future<Long> before = pipe.incr("cross:ok");
      InvalidOperation error = assertThrows(InvalidOperation.class,
          () -> pipe.mget("cross:a", "cross:b"));
      String message = error.getMessage();
      assertTrue(message.startsWith("MGET over keys in several hash slots can't run on"
          + " connection 'c'"), message);
      assertTrue(message.contains("'cross:a' (slot " + JedisClusterCRC16.getSlot("cross:a") + ")"),
          message);
      assertTrue(message.contains("'cross:b' (slot " + JedisClusterCRC16.getSlot("cross:b") + ")"),
          message);
      assertTrue(message.contains("hash tag"), message);
      pipe.execute();
      assertEquals(1L, before.get());
    }
  }

  @Test
  void storeCommandsWhoseSourceJedisLeavesUnmarkedAreCheckedToo() {
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      InvalidOperation range = assertThrows(InvalidOperation.class, () -> pipe.zrangestore(
          "rs{a}", "rs{b}", ZRangeParams.zrangeParams(0, -1)));
      assertTrue(range.getMessage().startsWith("ZRANGESTORE over keys in several hash slots"),
          range.getMessage());
      assertTrue(range.getMessage().contains("b'rs{b}' (slot "
          + JedisClusterCRC16.getSlot("rs{b}") + ")"), range.getMessage());
      InvalidOperation geo = assertThrows(InvalidOperation.class, () -> pipe.geosearchStore(
          "gs{a}", "gs{b}", new GeoSearchParam().fromLonLat(13.4, 52.5).byRadius(1, GeoUnit.KM)));
      assertTrue(geo.getMessage().startsWith("GEOSEARCHSTORE over keys in several hash slots"),
          geo.getMessage());
      pipe.zadd("rs{a}", 1, "one");
      pipe.geoadd("gs{a}", 13.4, 52.5, "berlin");
      Future<Long> copied = pipe.zrangestore("rs{a}:copy", "rs{a}",
          ZRangeParams.zrangeParams(0, -1));
      Future<Long> near = pipe.geosearchStore("gs{a}:near", "gs{a}",
          new GeoSearchParam().fromLonLat(13.4, 52.5).byRadius(1, GeoUnit.KM));
      pipe.execute();
      assertEquals(1L, copied.get());
      assertEquals(1L, near.get());
    }
  }

  @Test
  void aKeylessCommandFailsWhenQueued() {
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      InvalidOperation error = assertThrows(InvalidOperation.class, pipe::randomKey);
      assertTrue(error.getMessage().startsWith("RANDOMKEY has no key, so it can't be routed to a node"
          + " of connection 'c', a Redis Cluster connection"), error.getMessage());
    }
  }

  @Test
  void aKeyspaceCallOverIdsInSeveralSlotsFailsWhenQueuedAndWorksWithinOneId() {
    KeyspaceSpec<String> spec = KeyspaceSpec.of("ks", "c", Codecs.TEXT);
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      StringKeyspace<String> names = new StringKeyspace<>(spec, pipe);
      Future<Boolean> set = names.set("ann", "Ann");
      InvalidOperation mget = assertThrows(InvalidOperation.class,
          () -> names.mget("ann", "bob"));
      assertTrue(mget.getMessage().startsWith("MGET over keys in several hash slots"),
          mget.getMessage());
      assertTrue(mget.getMessage().contains("b'ks{ann}' (slot "
          + JedisClusterCRC16.getSlot("ks{ann}") + ")"), mget.getMessage());
      assertTrue(mget.getMessage().contains("b'ks{bob}' (slot "
          + JedisClusterCRC16.getSlot("ks{bob}") + ")"), mget.getMessage());
      assertThrows(InvalidOperation.class, () -> names.delete("ann", "bob"));
      InvalidOperation scan = assertThrows(InvalidOperation.class, () -> names.scan("0"));
      // The keyspace refuses first; a raw SCAN with such a pattern is refused by the pipeline.
      assertTrue(scan.getMessage().startsWith("keyspace 'ks': cannot scan every id on"
          + " connection 'c', a Redis Cluster connection"), scan.getMessage());
      assertThrows(InvalidOperation.class, () -> names.scan("0", "a?n", null));
      InvalidOperation rawScan = assertThrows(InvalidOperation.class,
          () -> pipe.scan("0", new ScanParams().match("ks{*}")));
      assertTrue(rawScan.getMessage().startsWith("SCAN with MATCH pattern 'ks{*}' can't run on"
          + " connection 'c', a Redis Cluster connection: the pattern's hash tag '*' holds a"
          + " glob"), rawScan.getMessage());
      Future<ScanResult<String>> exact = names.scan("0", "ann", 100_000);
      Future<List<String>> one = names.mget("ann", "ann");
      pipe.execute();
      assertTrue(set.get());
      assertEquals(List.of("Ann", "Ann"), one.get());
      // A literal hash tag: SCAN runs on the master of that slot, which holds every match.
      assertEquals(List.of("ann"), exact.get().getResult());
      assertEquals("0", exact.get().getCursor());
    }
  }

  @Test
  void transactionsOnAClusterClientAreRefusedAtConnect(RedisClusterClient client) {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> RedPipe.connect("tx", client, true));
    assertTrue(error.getMessage().contains("can't connect connection 'tx' with transaction = true:"
        + " the client is a Redis Cluster client"), error.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> RedPipe.connect("tx", client, true, RedisProtocol.RESP3));
  }

  @Test
  void afterASlotMovedTheCommandsAreRetriedOnceOnItsNewMaster(RedisClusterFixture cluster) {
    String tag = "{moved}";
    int slot = JedisClusterCRC16.getSlot(tag);
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      pipe.set("a" + tag, "1");
      pipe.set("b" + tag, "2");
      pipe.execute();
    }
    HostAndPort source = cluster.masterFor(slot);
    HostAndPort target = otherMaster(cluster, slot);
    cluster.migrateSlot(slot, target);

    try (Jedis from = cluster.connect(source); Jedis to = cluster.connect(target)) {
      long movedBefore = NodeStats.errors(from, "MOVED");
      long getsBefore = NodeStats.calls(to, "get");
      Future<String> a;
      Future<Long> b;
      Future<Long> elsewhere;
      try (Pipeline pipe = RedPipe.pipeline("c")) {
        a = pipe.get("a" + tag);
        elsewhere = pipe.incr("other{x}");
        b = pipe.incr("b" + tag);
        pipe.execute();
      }
      assertEquals("1", a.get());
      assertEquals(3L, b.get());
      assertEquals(1L, elsewhere.get());
      // The client's stale slot map sent both commands of the slot to its old master, which
      // answered MOVED; the retry ran them on the new master.
      assertEquals(2, NodeStats.errors(from, "MOVED") - movedBefore);
      assertEquals(1, NodeStats.calls(to, "get") - getsBefore);

      try (Pipeline pipe = RedPipe.pipeline("c")) {
        a = pipe.get("a" + tag);
        pipe.execute();
      }
      assertEquals("1", a.get());
      assertEquals(2, NodeStats.errors(from, "MOVED") - movedBefore,
          "after the retry the slot map is fresh: no further MOVED");
      assertEquals(2, NodeStats.calls(to, "get") - getsBefore);
    }
    assertEquals(target, cluster.masterFor(slot));
    try (Jedis node = cluster.connect(target)) {
      assertEquals("3", node.get("b" + tag));
    }
  }

  @Test
  void duringAMigrationAskedCommandsAreRetriedOnTheImportingMaster(RedisClusterFixture cluster) {
    String tag = "{asked}";
    int slot = JedisClusterCRC16.getSlot(tag);
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      pipe.set("moved" + tag, "m");
      pipe.set("stays" + tag, "s");
      pipe.execute();
    }
    SlotMigration migration = cluster.beginSlotMigration(slot, otherMaster(cluster, slot));
    try {
      migration.migrateKeys("moved" + tag);
      long askedBefore;
      long askingBefore;
      try (Jedis source = cluster.connect(migration.source());
          Jedis target = cluster.connect(migration.target())) {
        askedBefore = NodeStats.errors(source, "ASK");
        askingBefore = NodeStats.calls(target, "asking");
      }
      Future<String> moved;
      Future<String> stays;
      Future<Long> appended;
      try (Pipeline pipe = RedPipe.pipeline("c")) {
        moved = pipe.get("moved" + tag);
        stays = pipe.get("stays" + tag);
        appended = pipe.append("moved" + tag, "+");
        pipe.execute();
      }
      assertEquals("m", moved.get());
      assertEquals("s", stays.get());
      assertEquals(2L, appended.get());
      try (Jedis source = cluster.connect(migration.source());
          Jedis target = cluster.connect(migration.target())) {
        // The source refused the two commands on the moved key with ASK; the retry sent each
        // to the target behind its own ASKING.
        assertEquals(2, NodeStats.errors(source, "ASK") - askedBefore);
        assertEquals(2, NodeStats.calls(target, "asking") - askingBefore);
      }
      try (Jedis target = cluster.connect(migration.target())) {
        target.asking();
        assertEquals("m+", target.get("moved" + tag));
      }
    } finally {
      migration.migrateAllKeys().complete();
    }
  }

  @Test
  void aMultiKeyCommandSplitByAMigrationFailsWithTryAgainAndIsNotRetried(
      RedisClusterFixture cluster) {
    String tag = "{split}";
    int slot = JedisClusterCRC16.getSlot(tag);
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      pipe.set("gone" + tag, "g");
      pipe.set("here" + tag, "h");
      pipe.execute();
    }
    SlotMigration migration = cluster.beginSlotMigration(slot, otherMaster(cluster, slot));
    try {
      migration.migrateKeys("gone" + tag);
      List<String> ran = new ArrayList<>();
      Future<List<String>> both;
      try (Pipeline pipe = RedPipe.pipeline("c")) {
        both = pipe.mget("gone" + tag, "here" + tag);
        pipe.onExecute(() -> ran.add("callback"));
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("TRYAGAIN"), failed.getMessage());
        assertTrue(failed.getMessage().contains("MGET"), failed.getMessage());
      }
      assertFalse(both.isReady());
      assertEquals(List.of(), ran);
    } finally {
      migration.migrateAllKeys().complete();
    }
  }

  private static HostAndPort otherMaster(RedisClusterFixture cluster, int slot) {
    HostAndPort now = cluster.masterFor(slot);
    return cluster.masters().stream().filter(m -> !m.equals(now)).findFirst().orElseThrow();
  }
}

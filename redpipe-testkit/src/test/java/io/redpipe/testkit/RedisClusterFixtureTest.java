package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.ClusterPipeline;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.util.JedisClusterCRC16;

@RedisClusterTest
class RedisClusterFixtureTest {

  @Test
  void formsAClusterThatServesKeysInEverySlot(RedisClusterFixture cluster,
      RedisClusterClient client) {
    assertEquals(3, cluster.nodes().size());
    assertEquals(cluster.nodes(), cluster.masters());
    String[] keyForSlot = keysForEverySlot("every-slot:");
    try (ClusterPipeline pipe = client.pipelined()) {
      for (String key : keyForSlot) {
        pipe.set(key, "v-" + key);
      }
      pipe.sync();
    }
    List<Response<String>> values = new ArrayList<>();
    try (ClusterPipeline pipe = client.pipelined()) {
      for (String key : keyForSlot) {
        values.add(pipe.get(key));
      }
      pipe.sync();
    }
    for (int slot = 0; slot < keyForSlot.length; slot++) {
      assertEquals("v-" + keyForSlot[slot], values.get(slot).get(), "slot " + slot);
    }
    long total = 0;
    for (HostAndPort master : cluster.masters()) {
      try (Jedis jedis = cluster.connect(master)) {
        long keys = jedis.keys("every-slot:*").size();
        assertTrue(keys > 4000, master + " holds " + keys + " keys");
        total += keys;
      }
    }
    assertEquals(16384, total);
    for (int slot = 0; slot < 16384; slot += 997) {
      try (Jedis owner = cluster.connect(cluster.masterFor(slot))) {
        assertEquals("v-" + keyForSlot[slot], owner.get(keyForSlot[slot]), "slot " + slot);
      }
    }
  }

  @Test
  void migratingASlotMovesItsKeysAndTheClientStillReadsThem(RedisClusterFixture cluster,
      RedisClusterClient client) {
    String tag = "{migrated}:";
    int slot = JedisClusterCRC16.getSlot(tag);
    for (int i = 0; i < 250; i++) {
      client.set(tag + i, "value-" + i);
    }
    HostAndPort source = cluster.masterFor(slot);
    HostAndPort target = otherMaster(cluster, source);

    cluster.migrateSlot(slot, target);

    assertEquals(target, cluster.masterFor(slot));
    assertEquals(target, cluster.masterFor(tag + "7"));
    try (Jedis from = cluster.connect(source); Jedis to = cluster.connect(target)) {
      assertEquals(0, from.clusterCountKeysInSlot(slot));
      assertEquals(250, to.keys(tag + "*").size());
    }
    for (int i = 0; i < 250; i++) {
      assertEquals("value-" + i, client.get(tag + i));
    }
    client.set(tag + "new", "written after the move");
    try (Jedis to = cluster.connect(target)) {
      assertEquals("written after the move", to.get(tag + "new"));
    }
  }

  @Test
  void aHalfMigratedSlotServesKeysFromBothMasters(RedisClusterFixture cluster,
      RedisClusterClient client) {
    String tag = "{half-way}:";
    int slot = JedisClusterCRC16.getSlot(tag);
    for (int i = 0; i < 10; i++) {
      client.set(tag + i, "value-" + i);
    }
    HostAndPort source = cluster.masterFor(slot);
    SlotMigration migration = cluster.beginSlotMigration(slot, otherMaster(cluster, source));
    migration.migrateKeys(tag + 0, tag + 1, tag + 2, tag + 3, tag + 4);

    try (Jedis from = cluster.connect(source);
         Jedis to = cluster.connect(migration.target())) {
      assertEquals(5, from.keys(tag + "*").size());
      assertEquals(5, to.keys(tag + "*").size());
    }
    assertEquals(source, cluster.masterFor(slot));
    for (int i = 0; i < 10; i++) {
      assertEquals("value-" + i, client.get(tag + i), "read through ASK or from the source");
    }
    IllegalStateException early = assertThrows(IllegalStateException.class, migration::complete);
    assertTrue(early.getMessage().contains("call migrateAllKeys() before complete()"),
        early.getMessage());

    migration.migrateAllKeys().complete();
    assertEquals(migration.target(), cluster.masterFor(slot));
    for (int i = 0; i < 10; i++) {
      assertEquals("value-" + i, client.get(tag + i));
    }
  }

  @Test
  void rejectsMigratingASlotToItsOwnMaster(RedisClusterFixture cluster) {
    HostAndPort owner = cluster.masterFor(0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> cluster.beginSlotMigration(0, owner));
    assertTrue(e.getMessage().contains("already served by " + owner), e.getMessage());
  }

  @Test
  void sharesOneClusterAndOneClientPerClass(RedisClusterFixture cluster,
      RedisClusterClient first, RedisClusterClient second) {
    assertSame(first, second);
    assertTrue(cluster.isIntact());
    assertEquals("PONG", first.ping());
  }

  static String[] keysForEverySlot(String prefix) {
    String[] keys = new String[16384];
    Map<Integer, String> found = new HashMap<>();
    for (int i = 0; found.size() < keys.length; i++) {
      String key = prefix + i;
      found.putIfAbsent(JedisClusterCRC16.getSlot(key), key);
    }
    found.forEach((slot, key) -> keys[slot] = key);
    return keys;
  }

  private static HostAndPort otherMaster(RedisClusterFixture cluster, HostAndPort master) {
    HostAndPort other = cluster.masters().stream().filter(m -> !m.equals(master)).findFirst()
        .orElseThrow();
    assertNotEquals(master, other);
    return other;
  }
}

package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * Failover, kill and pause on a cluster of its own (3 masters, 1 replica each), shared by this
 * class's tests. Each test picks a master that still has a replica and leaves the cluster
 * healthy, so the tests pass in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisClusterFaultsTest {
  private static final JedisClientConfig QUICK = DefaultJedisClientConfig.builder()
      .protocol(RedisProtocol.RESP2).timeoutMillis(300).build();

  private RedisClusterFixture cluster;

  @BeforeAll
  void start() {
    cluster = RedisClusterFixture.start(3, 1);
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  /** A key whose master has a running replica. */
  private String keyOnAReplicatedMaster(String prefix) {
    for (int i = 0; i < 1000; i++) {
      String key = prefix + i;
      if (!cluster.replicasOf(cluster.masterFor(key)).isEmpty()) {
        return key;
      }
    }
    throw new IllegalStateException("no master with a replica in " + cluster);
  }

  @Test
  void gracefulFailoverPromotesTheReplicaAndKeepsTheData() {
    String key = keyOnAReplicatedMaster("graceful-");
    HostAndPort master = cluster.masterFor(key);
    HostAndPort replica = cluster.replicasOf(master).get(0);
    try (RedisClusterClient client = cluster.newClient()) {
      client.set(key, "before");
    }

    HostAndPort promoted = cluster.failover(master);

    assertEquals(replica, promoted);
    assertEquals(promoted, cluster.masterFor(key));
    assertEquals(List.of(master), cluster.replicasOf(promoted), "the old master follows it");
    assertTrue(cluster.isIntact(), "a graceful failover stops no node");
    try (RedisClusterClient client = cluster.newClient()) {
      assertEquals("before", client.get(key));
      client.set(key, "after");
      assertEquals("after", client.get(key));
    }
  }

  @Test
  void killMasterWaitsUntilItsReplicaServesItsSlotsAndRestartNodeBringsItBack() {
    String key = keyOnAReplicatedMaster("killed-");
    HostAndPort master = cluster.masterFor(key);
    HostAndPort replica = cluster.replicasOf(master).get(0);
    try (RedisClusterClient client = cluster.newClient()) {
      client.set(key, "survives");
    }
    try (Jedis jedis = cluster.connect(master)) {
      assertEquals(1, jedis.waitReplicas(1, 5000), "the replica did not acknowledge the write");
    }

    HostAndPort promoted = cluster.killMaster(master);

    assertEquals(replica, promoted);
    assertEquals(promoted, cluster.masterFor(key));
    assertFalse(cluster.nodes().contains(master));
    assertFalse(cluster.isIntact());
    assertThrows(JedisConnectionException.class, () -> {
      try (Jedis dead = new Jedis(master, QUICK)) {
        dead.ping();
      }
    });
    try (RedisClusterClient client = cluster.newClient()) {
      assertEquals("survives", client.get(key));
    }
    IllegalArgumentException notAMaster =
        assertThrows(IllegalArgumentException.class, () -> cluster.killMaster(master));
    assertTrue(notAMaster.getMessage().contains("not a running node"), notAMaster.getMessage());

    cluster.restartNode(master);

    assertTrue(cluster.nodes().contains(master));
    assertEquals(promoted, cluster.masterFor(key), "the restarted node does not take slots back");
    assertEquals(List.of(master), cluster.replicasOf(promoted));
    assertTrue(cluster.isIntact());
  }

  @Test
  void aPausedNodeAnswersNothingUntilResumed() {
    String key = keyOnAReplicatedMaster("paused-");
    HostAndPort replica = cluster.replicasOf(cluster.masterFor(key)).get(0);

    cluster.pauseNode(replica);
    try {
      assertTrue(cluster.isPaused(replica));
      assertFalse(cluster.isIntact());
      assertThrows(JedisConnectionException.class, () -> {
        try (Jedis stalled = new Jedis(replica, QUICK)) {
          stalled.ping();
        }
      });
      IllegalStateException notHealthy =
          assertThrows(IllegalStateException.class, cluster::awaitHealthy);
      assertTrue(notHealthy.getMessage().contains("paused"), notHealthy.getMessage());
      try (RedisClusterClient client = cluster.newClient()) {
        client.set(key, "masters still answer");  // writes go to the master, not the replica
      }
    } finally {
      cluster.resumeNode(replica);
    }
    assertFalse(cluster.isPaused(replica));
    cluster.awaitHealthy();
    try (Jedis resumed = cluster.connect(replica)) {
      assertEquals("PONG", resumed.ping());
    }
    assertNotEquals(replica, cluster.masterFor(key));
  }

  @Test
  void faultsNeedARunningNodeAndFailoverNeedsAReplica() {
    HostAndPort unknown = new HostAndPort("127.0.0.1", RedisProcess.freePort());
    assertThrows(IllegalArgumentException.class, () -> cluster.pauseNode(unknown));
    assertThrows(IllegalArgumentException.class, () -> cluster.failover(unknown));
    String key = keyOnAReplicatedMaster("replica-");
    HostAndPort replica = cluster.replicasOf(cluster.masterFor(key)).get(0);
    IllegalArgumentException notAMaster =
        assertThrows(IllegalArgumentException.class, () -> cluster.failover(replica));
    assertTrue(notAMaster.getMessage().contains("not a master"), notAMaster.getMessage());
  }
}

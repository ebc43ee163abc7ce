package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

/** The replica helper and the sentinel fixture start real servers and stop them. */
class RedisSentinelTest {
  @Test
  void aReplicaSyncsAndASentinelReportsItThenEverythingStops() {
    RedisServer replicaSeen;
    RedisSentinel sentinelSeen;
    try (RedisServer master = RedisServers.startPrivate();
        RedisServer replica = RedisServers.startReplicaOf(master);
        RedisClient masterClient = master.newClient();
        RedisClient replicaClient = replica.newClient()) {
      replicaSeen = replica;
      masterClient.set("sentinel-test:key", "value");
      assertEquals(1L, masterClient.waitReplicas("sentinel-test:key", 1, 10_000));
      assertEquals("value", replicaClient.get("sentinel-test:key"), "the replica has the write");
      try (RedisSentinel sentinel = RedisSentinel.monitor("fixture", master)) {
        sentinelSeen = sentinel;
        assertEquals(master.hostAndPort(), sentinel.master());
        List<HostAndPort> healthy = sentinel.awaitReplicas(1, Duration.ofSeconds(20));
        assertEquals(List.of(replica.hostAndPort()), healthy);
        assertTrue(sentinel.log().contains("+monitor master fixture"), sentinel.log());
      }
      assertFalse(canConnect(sentinelSeen.hostAndPort()), "the sentinel stopped");
    }
    assertFalse(replicaSeen.isRunning(), "the replica stopped");
  }

  private static boolean canConnect(HostAndPort address) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}

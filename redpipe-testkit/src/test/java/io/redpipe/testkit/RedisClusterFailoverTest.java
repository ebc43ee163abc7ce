package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;

/** A cluster of its own with replicas, so stopping a node does not disturb other classes. */
class RedisClusterFailoverTest {

  @Test
  void aReplicaTakesOverAStoppedMasterAndCloseLeavesNoProcess() {
    RedisClusterFixture cluster = RedisClusterFixture.start(3, 1);
    List<ProcessHandle> processes = new ArrayList<>();
    try {
      assertEquals(6, cluster.nodes().size());
      assertEquals(3, cluster.masters().size());
      for (HostAndPort node : cluster.nodes()) {
        List<ProcessHandle> forNode = processesServing(node.getPort());
        assertFalse(forNode.isEmpty(), "no process found for " + node);
        processes.addAll(forNode);
      }
      try (RedisClusterClient client = cluster.newClient()) {
        client.set("failover-key", "survives");
      }
      HostAndPort master = cluster.masterFor("failover-key");
      try (Jedis jedis = cluster.connect(master)) {
        assertEquals(1, jedis.waitReplicas(1, 5000), "the replica did not acknowledge the write");
      }

      cluster.stopNode(master);
      assertFalse(cluster.isIntact());
      cluster.awaitHealthy();

      Set<HostAndPort> running = cluster.nodes();
      assertEquals(5, running.size());
      assertFalse(running.contains(master));
      HostAndPort promoted = cluster.masterFor("failover-key");
      assertNotEquals(master, promoted);
      assertEquals(3, cluster.masters().size());
      try (RedisClusterClient client = cluster.newClient()) {
        assertEquals("survives", client.get("failover-key"));
        client.set("after-failover", "ok");
        assertEquals("ok", client.get("after-failover"));
      }
    } finally {
      cluster.close();
    }
    for (ProcessHandle process : processes) {
      assertFalse(process.isAlive(), "process " + process.pid() + " "
          + process.info().commandLine().orElse("") + " outlived close()");
    }
    assertTrue(cluster.nodes().isEmpty());
  }

  /** The redis-server and its watchdog for a port, whatever title redis gave itself. */
  static List<ProcessHandle> processesServing(int port) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine()
            .map(c -> c.contains("--port " + port + " ") || c.contains("127.0.0.1:" + port))
            .orElse(false))
        .toList();
  }
}

package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;

/**
 * A root execute sends one batch per master, counted on each master: its socket reads and the
 * commands it ran.
 */
@RedisClusterTest
class OneBatchPerNodeTest {

  @AfterEach
  void reset() {
    RedPipe.enableThreads();
    RedPipe.reset();
  }

  @Test
  void eachMasterGetsItsCommandsInOneRoundTrip(RedisClusterFixture cluster) {
    for (boolean threads : new boolean[] {true, false}) {
      if (!threads) {
        RedPipe.disableThreads();
      }
      String prefix = "trip:" + threads + ":";
      try (RedisClusterClient client = RedisClusterClient.builder().nodes(cluster.nodes())
          .poolConfig(poolWithoutIdleChecks()).build()) {
        RedPipe.connect("c", client);
        warmUpOneConnectionPerMaster(cluster, prefix);

        Map<HostAndPort, Integer> expected = new HashMap<>();
        for (int i = 0; i < 60; i++) {
          expected.merge(cluster.masterFor(prefix + i), 1, Integer::sum);
        }
        Set<HostAndPort> masters = cluster.masters();
        assertEquals(masters, expected.keySet());
        Map<HostAndPort, Jedis> nodes = new HashMap<>();
        Map<HostAndPort, long[]> before = new HashMap<>();
        try {
          for (HostAndPort master : masters) {
            Jedis node = cluster.connect(master);
            nodes.put(master, node);
            long calls = NodeStats.calls(node, "incrby");
            before.put(master, new long[] {NodeStats.reads(node), calls});
          }
          List<Future<Long>> futures = new ArrayList<>();
          try (Pipeline pipe = RedPipe.pipeline("c")) {
            for (int i = 0; i < 60; i++) {
              futures.add(pipe.incrBy(prefix + i, i + 1));
            }
            pipe.execute();
          }
          for (int i = 0; i < 60; i++) {
            assertEquals(i + 2, futures.get(i).get(), "future #" + i);
          }
          for (HostAndPort master : masters) {
            Jedis node = nodes.get(master);
            long reads = NodeStats.reads(node) - before.get(master)[0];
            long calls = NodeStats.calls(node, "incrby") - before.get(master)[1];
            // Counted between the two "INFO stats": the batch, and the second INFO itself (no
            // other client talks to the node meanwhile: the masters were listed beforehand).
            assertEquals(expected.get(master), (int) calls, "INCRBY calls on " + master);
            assertEquals(2, reads, "socket reads on " + master + " (threads " + threads + ")");
          }
        } finally {
          nodes.values().forEach(Jedis::close);
          RedPipe.reset();
        }
      }
    }
  }

  /** Opens the pooled connection to each master now, so the measured execute opens none. */
  private static void warmUpOneConnectionPerMaster(RedisClusterFixture cluster, String prefix) {
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      for (int i = 0; i < 60; i++) {
        pipe.incr(prefix + i);
      }
      pipe.execute();
    }
  }

  /** No evictor: an idle-connection PING during the measurement would count as a read. */
  private static ConnectionPoolConfig poolWithoutIdleChecks() {
    ConnectionPoolConfig pool = new ConnectionPoolConfig();
    pool.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
    pool.setTestWhileIdle(false);
    return pool;
  }
}

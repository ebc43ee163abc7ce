package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Jedis's older cluster client, {@link JedisCluster}, connects like {@code RedisClusterClient}. */
@RedisClusterTest
class JedisClusterConnectionTest {

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  @SuppressWarnings("deprecation")
  void aJedisClusterRoutesBySlotRetriesMovedAndRefusesTransactions(RedisClusterFixture cluster) {
    try (JedisCluster client = new JedisCluster(cluster.nodes())) {
      IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
          () -> RedPipe.connect("old", client, true));
      assertTrue(refused.getMessage().contains("Redis Cluster client"), refused.getMessage());
      RedPipe.connect("old", client);

      List<Future<Long>> futures = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline("old")) {
        for (int i = 0; i < 30; i++) {
          futures.add(pipe.incrBy("legacy:" + i, i + 1));
        }
        pipe.execute();
      }
      Set<HostAndPort> used = new HashSet<>();
      for (int i = 0; i < 30; i++) {
        assertEquals(i + 1, futures.get(i).get());
        used.add(cluster.masterFor("legacy:" + i));
        assertEquals(String.valueOf(i + 1), client.get("legacy:" + i));
      }
      assertEquals(cluster.masters(), used);

      try (Pipeline pipe = RedPipe.pipeline("old")) {
        assertThrows(InvalidOperation.class, () -> pipe.mget("legacy:0", "legacy:1"));
      }

      String key = "legacy{old-moved}";
      int slot = JedisClusterCRC16.getSlot(key);
      client.set(key, "1");
      HostAndPort source = cluster.masterFor(slot);
      HostAndPort target = cluster.masters().stream().filter(m -> !m.equals(source))
          .findFirst().orElseThrow();
      cluster.migrateSlot(slot, target);
      try (Jedis from = cluster.connect(source)) {
        long movedBefore = NodeStats.errors(from, "MOVED");
        Future<Long> incremented;
        try (Pipeline pipe = RedPipe.pipeline("old")) {
          incremented = pipe.incr(key);
          pipe.execute();
        }
        assertEquals(2L, incremented.get());
        assertEquals(1, NodeStats.errors(from, "MOVED") - movedBefore);
      }
    }
  }
}

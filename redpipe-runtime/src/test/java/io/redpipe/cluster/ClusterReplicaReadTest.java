package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipeContext;
import io.redpipe.connections.ReadFrom;
import io.redpipe.futures.Future;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

/**
 * Reads from cluster replicas: a private cluster of three masters with a replica each. A node
 * batch of read-only commands goes to a replica of its master (on a READONLY connection), a
 * batch with a write to the master, and a killed replica's reads fall back to the master.
 */
class ClusterReplicaReadTest {
  @Test
  void readOnlyNodeBatchesGoToReplicasAndFallBackToTheirMasters() {
    try (RedisClusterFixture cluster = RedisClusterFixture.start(3, 1);
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect("c", client);
      try (RedisClient node = RedisClient.builder()
          .hostAndPort(cluster.nodes().iterator().next()).build()) {
        assertThrows(IllegalArgumentException.class,
            () -> context.connection("c").readFrom(ReadFrom.REPLICA, node));
      }
      context.connection("c").readFrom(ReadFrom.PREFER_REPLICA);
      List<ExecuteEvent> events = new CopyOnWriteArrayList<>();
      context.addListener((event, state) -> events.add(event));
      Map<HostAndPort, String> keyOf = new LinkedHashMap<>();
      for (int i = 0; keyOf.size() < 3; i++) {
        keyOf.putIfAbsent(cluster.masterFor("{crr" + i + "}"), "{crr" + i + "}");
      }
      // Written before RedPipe loads its slot map: CLUSTER SLOTS lists a replica only once the
      // node answering knows (by gossip) that it has replicated something.
      Map<HostAndPort, HostAndPort> replicaOf = new HashMap<>();
      for (Map.Entry<HostAndPort, String> entry : keyOf.entrySet()) {
        HostAndPort master = entry.getKey();
        replicaOf.put(master, cluster.replicasOf(master).get(0));
        try (Jedis node = cluster.connect(master)) {
          node.set(entry.getValue(), "v-" + entry.getValue());
          assertEquals(1L, node.waitReplicas(1, 10_000), master + "'s replica has the write");
        }
      }
      awaitReplicasListed(cluster);
      Map<HostAndPort, Long> gets = new HashMap<>();
      for (HostAndPort node : cluster.nodes()) {
        try (Jedis jedis = cluster.connect(node)) {
          gets.put(node, NodeStats.calls(jedis, "get"));
        }
      }
      assertEquals(keyOf.values().stream().map(key -> "v-" + key).toList(), read(context, keyOf));
      Set<Integer> ports = new TreeSet<>();
      for (BatchEvent batch : events.get(events.size() - 1).batches()) {
        ports.add(batch.port());
      }
      Set<Integer> replicaPorts = new TreeSet<>();
      replicaOf.values().forEach(replica -> replicaPorts.add(replica.getPort()));
      assertEquals(replicaPorts, ports, "the listener sees the replicas");
      for (HostAndPort node : cluster.nodes()) {
        try (Jedis jedis = cluster.connect(node)) {
          long expected = gets.get(node) + (replicaOf.containsValue(node) ? 1 : 0);
          assertEquals(expected, NodeStats.calls(jedis, "get"), node + "'s GETs");
        }
      }

      HostAndPort first = keyOf.keySet().iterator().next();
      try (Pipeline pipe = context.pipeline("c")) {
        String key = keyOf.get(first);
        Future<String> value = pipe.get(key);
        pipe.incr(key + ":n");  // same slot: one node batch with a write
        pipe.execute();
        assertEquals("v-" + key, value.get());
      }
      try (Jedis onMaster = cluster.connect(first);
          Jedis onReplica = cluster.connect(replicaOf.get(first))) {
        assertEquals(gets.get(first) + 1, NodeStats.calls(onMaster, "get"), "with a write: master");
        assertEquals(gets.get(replicaOf.get(first)) + 1, NodeStats.calls(onReplica, "get"));
      }

      HostAndPort master = keyOf.keySet().iterator().next();
      cluster.killNode(replicaOf.get(master));
      for (int i = 0; i < 3; i++) {
        assertEquals(keyOf.values().stream().map(key -> "v-" + key).toList(),
            read(context, keyOf), "execute " + i + " with a killed replica");
      }
      try (Jedis jedis = cluster.connect(master)) {
        assertTrue(NodeStats.calls(jedis, "get") >= gets.get(master) + 1,
            "the killed replica's reads went to its master");
      }
    }
  }

  /** Waits (bounded) until every node's CLUSTER SLOTS lists a replica for every range. */
  private static void awaitReplicasListed(RedisClusterFixture cluster) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    for (HostAndPort node : cluster.nodes()) {
      try (Jedis jedis = cluster.connect(node)) {
        while (!everyRangeHasAReplica(jedis.clusterSlots())) {
          assertTrue(System.nanoTime() < deadline, node + " lists no replica within 20 s");
          LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
      }
    }
  }

  private static boolean everyRangeHasAReplica(List<Object> slots) {
    for (Object range : slots) {
      if (((List<?>) range).size() < 4) {
        return false;
      }
    }
    return !slots.isEmpty();
  }

  private static List<String> read(RedPipeContext context, Map<HostAndPort, String> keyOf) {
    List<Future<String>> values = new ArrayList<>();
    try (Pipeline pipe = context.pipeline("c")) {
      keyOf.values().forEach(key -> values.add(pipe.get(key)));
      pipe.execute();
    }
    List<String> out = new ArrayList<>();
    values.forEach(value -> out.add(value.get()));
    return out;
  }
}

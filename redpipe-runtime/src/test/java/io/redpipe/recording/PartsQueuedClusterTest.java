package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.recording.RecordingRedisCluster;
import io.redpipe.testkit.recording.Reply;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;

/**
 * Commands queued from their parts (keyspace calls, the raw GET/SET family) go to the node of
 * their key's slot on a cluster connection, in the order queued, one round trip per node, and
 * their futures get that node's replies. On a recording cluster (no server).
 */
class PartsQueuedClusterTest {
  private static final KeyspaceSpec<Long> COUNTS = KeyspaceSpec.of("C", null, Codecs.INTEGER);

  @Test
  void eachCommandGoesToTheNodeOfItsKey() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
            .answer("SET", Reply.ok())
            .answer(command -> command.name().equals("GET")
                ? Reply.bulk(command.key().replaceAll("\\D", "")) : null);
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      List<Future<Long>> counts = new ArrayList<>();
      List<Future<String>> raw = new ArrayList<>();
      Map<HostAndPort, List<String>> expected = new HashMap<>();
      try (Pipeline pipe = context.pipeline()) {
        StringKeyspace<Long> keyspace = new StringKeyspace<>(COUNTS, pipe);
        for (int i = 0; i < 30; i++) {
          keyspace.set("n" + i, (long) i);
          counts.add(keyspace.get("n" + i));
          pipe.set("raw" + i, "v");
          raw.add(pipe.get("raw" + i));
          String key = "C{n" + i + "}";
          List<String> lines = expected.computeIfAbsent(cluster.nodeFor(key), n -> new ArrayList<>());
          lines.add("SET " + key + " " + i);
          lines.add("GET " + key);
          List<String> rawLines =
              expected.computeIfAbsent(cluster.nodeFor("raw" + i), n -> new ArrayList<>());
          rawLines.add("SET raw" + i + " v");
          rawLines.add("GET raw" + i);
        }
        pipe.execute();
      }
      for (int i = 0; i < 30; i++) {
        assertEquals((long) i, counts.get(i).get());
        assertEquals(String.valueOf(i), raw.get(i).get());
      }
      assertEquals(3, expected.size(), "the keys span every node");
      for (HostAndPort node : cluster.nodes()) {
        assertEquals(expected.get(node), cluster.commandLines(node),
            "what " + node + " received, in the order queued");
        assertEquals(1, cluster.roundTrips(node), "one round trip to " + node);
      }
    }
  }
}

package io.redpipe.examples.unittesting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.testkit.recording.RecordingRedisCluster;
import io.redpipe.testkit.recording.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * Unit tests of {@link VisitTally} on a recording Redis Cluster: three in-process nodes on
 * loopback ports, no Redis server. Each node records its own commands and round trips.
 */
class VisitTallyTest {
  /** Every user has logged in as often as the digits of their id add up to, plus this visit. */
  private static RecordingRedisCluster cluster() {
    return RecordingRedisCluster.create(3)
        .answer("HINCRBY", Reply.integer(1))
        .answer(command -> command.name().equals("HGETALL")
            ? Reply.map("name", command.key(), "logins", String.valueOf(command.key().length()))
            : null);
  }

  @Test
  void eachNodeGetsItsUsersCommandsInOneRoundTrip() {
    List<String> ids = List.of("ann", "bob", "cy", "dee", "eve", "flo");
    try (RecordingRedisCluster cluster = cluster();
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      Map<String, Integer> logins = VisitTally.visitAndCount(context, ids);
      Map<String, Integer> expected = new LinkedHashMap<>();
      ids.forEach(id -> expected.put(id, ("user{" + id + "}").length()));
      assertEquals(expected, logins);

      Map<HostAndPort, List<String>> byNode = cluster.commandLines();
      for (String id : ids) {
        HostAndPort node = cluster.nodeFor("user{" + id + "}");
        List<String> lines = byNode.get(node);
        int at = lines.indexOf("HINCRBY user{" + id + "} logins 1");
        assertEquals("HGETALL user{" + id + "}", lines.get(at + 1), "the load follows the incr");
      }
      for (HostAndPort node : cluster.nodes()) {
        int commands = cluster.commandLines(node).size();
        assertEquals(commands == 0 ? 0 : 1, cluster.roundTrips(node), "one round trip per node");
      }
    }
  }

  @Test
  void aMovedUserIsFollowedWithinTheExecute() {
    try (RecordingRedisCluster cluster = cluster();
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      HostAndPort before = cluster.nodeFor("user{ann}");
      HostAndPort after = cluster.nodes().get((cluster.nodes().indexOf(before) + 1) % 3);
      VisitTally.visitAndCount(context, List.of("ann"));  // RedPipe learns the slot map
      cluster.moveSlot(JedisClusterCRC16.getSlot("user{ann}"), after);
      cluster.clear();

      assertEquals(Map.of("ann", 9), VisitTally.visitAndCount(context, List.of("ann")));
      List<String> annsCommands = List.of("HINCRBY user{ann} logins 1", "HGETALL user{ann}");
      assertEquals(annsCommands, cluster.commandLines(before), "both answered MOVED");
      assertEquals(annsCommands, cluster.commandLines(after), "and sent again, in the execute");
    }
  }
}

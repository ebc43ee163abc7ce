package io.redpipe.testkit.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisClusterCRC16;

/** Jedis's own cluster client on a recording cluster: routing, MOVED and ASK, closing. */
class RecordingRedisClusterTest {
  @Test
  void jedisRoutesEachKeyToItsNode() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
            .answer("SET", Reply.ok())
            .answer(command -> command.name().equals("GET") ? Reply.bulk(command.key()) : null);
        RedisClusterClient client = cluster.newClient(RedisProtocol.RESP2)) {
      for (String key : List.of("a", "b", "c", "d")) {
        client.set(key, "1");
        assertEquals(key, client.get(key));
      }
      int total = 0;
      for (HostAndPort node : cluster.nodes()) {
        for (String line : cluster.commandLines(node)) {
          String key = line.split(" ")[1];
          assertEquals(cluster.nodeFor(key), node, line + " on its key's node");
          total++;
        }
        assertEquals(cluster.commandLines(node).size(), cluster.roundTrips(node),
            "one command per round trip without a pipeline");
      }
      assertEquals(8, total);
    }
  }

  @Test
  void jedisFollowsMovedAndAsk() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(2)
            .answer("GET", Reply.bulk("v"));
        RedisClusterClient client = cluster.newClient()) {
      HostAndPort owner = cluster.nodeFor("k");
      HostAndPort other = cluster.nodes().get(1 - cluster.nodes().indexOf(owner));
      int slot = JedisClusterCRC16.getSlot("k");
      cluster.migrateSlot(slot, other);
      assertEquals("v", client.get("k"));
      assertEquals(List.of("GET k"), cluster.commandLines(owner));
      assertEquals(List.of("ASKING", "GET k"), cluster.commandLines(other));
      cluster.clear();
      cluster.moveSlot(slot, other);
      assertEquals("v", client.get("k"));
      assertEquals(List.of("GET k"), cluster.commandLines(owner), "answered MOVED");
      assertEquals(List.of("GET k"), cluster.commandLines(other));
      assertEquals(other, cluster.nodeFor("k"));
    }
  }

  @Test
  void refusesWhatIsNotThere() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(1)) {
      assertThrows(IllegalArgumentException.class,
          () -> cluster.commands(new HostAndPort("127.0.0.1", 1)));
      assertThrows(IllegalArgumentException.class, () -> cluster.moveSlot(16384,
          cluster.nodes().get(0)));
    }
    assertThrows(IllegalArgumentException.class, () -> RecordingRedisCluster.create(0));
  }

  @Test
  void closeEndsEveryThread() {
    RecordingRedisCluster cluster = RecordingRedisCluster.create(2).answer("PING", Reply.ok());
    try (RedisClusterClient client = cluster.newClient()) {
      client.set("x", "1");  // unanswered: an error reply, the connection stays
    } catch (redis.clients.jedis.exceptions.JedisDataException expected) {
      // the recording has no SET answer
    }
    cluster.close();
    assertFalse(cluster.isRunning());
  }
}

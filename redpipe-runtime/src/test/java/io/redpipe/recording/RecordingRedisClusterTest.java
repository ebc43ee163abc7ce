package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.recording.RecordingRedisCluster;
import io.redpipe.testkit.recording.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * RedPipe code on a recording cluster: each node records its own commands and round trips, and
 * redirects injected with {@code moveSlot} and {@code migrateSlot} take RedPipe's redirect path.
 * No Redis server runs.
 */
class RecordingRedisClusterTest {
  /** Ids whose keys {@code U{id}} are on three different nodes of {@code cluster}. */
  private static List<String> idsOnEveryNode(RecordingRedisCluster cluster) {
    List<String> ids = new ArrayList<>();
    List<HostAndPort> seen = new ArrayList<>();
    for (int i = 0; seen.size() < cluster.nodes().size() && i < 1000; i++) {
      HostAndPort node = cluster.nodeFor("U{c" + i + "}");
      if (!seen.contains(node)) {
        seen.add(node);
        ids.add("c" + i);
      }
    }
    return ids;
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void eachNodeRecordsItsOwnCommandsInOneRoundTrip(RedisProtocol protocol) {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
            .answer("HINCRBY", Reply.integer(2))
            .answer(command -> command.name().equals("HGETALL")
                ? Reply.map("name", "user " + command.key()) : null);
        RedisClusterClient client = cluster.newClient(protocol);
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      List<String> ids = idsOnEveryNode(cluster);
      assertEquals(3, ids.size());
      List<Future<Long>> visits = new ArrayList<>();
      List<UserStruct> users = new ArrayList<>();
      try (Pipeline pipe = context.pipeline()) {
        for (String id : ids) {
          visits.add(new HashKeyspace(HashSchema.builder("U").build(), pipe)
              .hincrby(id, "visits", 1));
          users.add(UserStruct.load(id, pipe));
        }
        pipe.execute();
      }
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.get(i);
        HostAndPort node = cluster.nodeFor("U{" + id + "}");
        assertEquals(List.of("HINCRBY U{" + id + "} visits 1", "HGETALL U{" + id + "}"),
            cluster.commandLines(node));
        assertEquals(1, cluster.roundTrips(node));
        assertEquals(2L, visits.get(i).get());
        assertEquals("user U{" + id + "}", users.get(i).name());
      }
      assertEquals(3, cluster.roundTrips());
    }
  }

  @Test
  void aMovedSlotIsFollowedInTheSameExecute() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
            .answer("INCR", Reply.integer(7));
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      int slot = JedisClusterCRC16.getSlot("n{m}");
      HostAndPort owner = cluster.nodeFor("n{m}");
      assertEquals(7L, context.autoexec(null, pipe -> pipe.incr("n{m}")).get());
      HostAndPort target = cluster.nodes().get((cluster.nodes().indexOf(owner) + 1) % 3);
      cluster.moveSlot(slot, target);
      cluster.clear();
      assertEquals(7L, context.autoexec(null, pipe -> pipe.incr("n{m}")).get());
      assertEquals(List.of("INCR n{m}"), cluster.commandLines(owner), "answered MOVED");
      assertEquals(List.of("INCR n{m}"), cluster.commandLines(target));
      assertEquals(target, cluster.nodeFor("n{m}"));
      cluster.clear();
      assertEquals(7L, context.autoexec(null, pipe -> pipe.incr("n{m}")).get());
      assertEquals(List.of(), cluster.commandLines(owner), "the slot map followed the move");
      assertEquals(List.of("INCR n{m}"), cluster.commandLines(target));
    }
  }

  @Test
  void anAskRedirectSendsAskingFirst() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
            .answer("GET", Reply.bulk("there"));
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      int slot = JedisClusterCRC16.getSlot("k{a}");
      HostAndPort owner = cluster.nodeFor("k{a}");
      HostAndPort target = cluster.nodes().get((cluster.nodes().indexOf(owner) + 1) % 3);
      cluster.migrateSlot(slot, target);
      assertEquals("there", context.autoexec(null, pipe -> pipe.get("k{a}")).get());
      assertEquals(List.of("GET k{a}"), cluster.commandLines(owner));
      assertEquals(List.of("ASKING", "GET k{a}"), cluster.commandLines(target));
      assertEquals(owner, cluster.nodeFor("k{a}"), "an ASK does not move the slot");
    }
  }

  @Test
  void anUnansweredCommandFailsNamingItAndItsNode() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(2);
        RedisClusterClient client = cluster.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      PipelineFailed failed = assertThrows(PipelineFailed.class,
          () -> context.autoexec(null, pipe -> pipe.incr("b")));
      assertTrue(failed.getMessage().contains("no canned reply for INCR b (node "
          + cluster.nodeFor("b") + ")"), failed.getMessage());
    }
  }

  @Test
  void answersByPositionArePerNode() {
    try (RecordingRedisCluster cluster = RecordingRedisCluster.create(2)
            .answer("GET", Reply.nil())) {
      HostAndPort node = cluster.nodeFor("x");
      cluster.answerAt(node, 1, Reply.bulk("second"));
      try (RedisClusterClient client = cluster.newClient();
          RedPipeContext context = RedPipeContext.create()) {
        context.connect(client);
        try (Pipeline pipe = context.pipeline()) {
          Future<String> first = pipe.get("x");
          Future<String> second = pipe.get("x");
          pipe.execute();
          assertEquals(null, first.get());
          assertEquals("second", second.get());
        }
      }
      assertEquals(Map.of(node, List.of("GET x", "GET x")).get(node),
          cluster.commandLines().get(node));
      assertNotEquals(List.of(), cluster.commandLines(node));
    }
  }

  @Test
  void closeStopsEveryThreadAndSocket() {
    RecordingRedisCluster cluster = RecordingRedisCluster.create(3).answer("SET", Reply.ok());
    try (RedisClusterClient client = cluster.newClient()) {
      client.set("a", "1");
      client.set("b", "2");
    }
    assertTrue(cluster.isRunning());
    cluster.close();
    assertFalse(cluster.isRunning());
    assertThrows(redis.clients.jedis.exceptions.JedisException.class,
        () -> cluster.newClient().close(), "nothing listens any more");
  }
}

package io.redpipe.examples.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

@RedisTest
class PipelineExamplesTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void reusableFunctionsAloneAndComposed(RedisClient client) {
    RedPipe.connect(client);
    assertEquals(1L, ReusableFunctions.incrementAndExpire("visits:alone", null).get());
    assertEquals(List.of(1L, 1L, 2L), ReusableFunctions.countVisits(List.of("a", "b", "a")));
    assertTrue(client.ttl("visits:a") > 0);
  }

  @Test
  void callbacksAndDerivedFutures(RedisClient client) {
    RedPipe.connect(client);
    client.set("points:alice", "3");
    client.set("points:max", "10");
    assertEquals("alice has 3 points of 10",
        CallbacksAndDerivedFutures.scoreLine("alice", null).get());
    client.set("points:bob", "7");
    try (Pipeline root = RedPipe.pipeline()) {
      Future<String> alice = CallbacksAndDerivedFutures.scoreLine("alice", root);
      Future<String> bob = CallbacksAndDerivedFutures.scoreLine("bob", root);
      assertEquals("Future[pending]", alice.toString());
      root.execute();
      assertEquals("alice has 3 points of 10", alice.get());
      assertEquals("bob has 7 points of 10", bob.get());
    }
  }

  @Test
  void namedConnections(RedisServer server) {
    try (RedisClient sessions = server.newClient(RedisProtocol.RESP3);
        RedisClient stats = server.newClient(RedisProtocol.RESP2)) {
      assertEquals(1L, NamedConnections.login(sessions, stats, "bob"));
      assertEquals("active", sessions.get("session:bob"));
    }
  }
}

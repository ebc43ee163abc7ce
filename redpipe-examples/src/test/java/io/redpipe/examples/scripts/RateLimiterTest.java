package io.redpipe.examples.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class RateLimiterTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void allowsUpToTheLimitPerWindow(RedisClient client) {
    RedPipe.connect(client);
    for (int i = 0; i < 3; i++) {
      assertTrue(RateLimiter.allow("ann", 3, 60, null).get(), "request " + (i + 1));
    }
    assertFalse(RateLimiter.allow("ann", 3, 60, null).get(), "the fourth request");
    assertEquals("4", client.get("RL{ann}"));
    assertTrue(client.ttl("RL{ann}") > 0, "the window expires");
  }

  @Test
  void manyUsersInOneRoundTripAndAfterTheServerForgotTheScript(RedisClient client) {
    RedPipe.connect(client);
    for (int round = 1; round <= 2; round++) {
      List<Future<Boolean>> allowed = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int user = 0; user < 5; user++) {
          allowed.add(RateLimiter.allow("user" + user, 1, 60, pipe));
        }
        pipe.execute();
      }
      for (Future<Boolean> one : allowed) {
        assertEquals(round == 1, one.get(), "round " + round);
      }
      client.scriptFlush();  // RedPipe loads it again within the next execute
    }
  }
}

package io.redpipe.examples.gettingstarted;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class GettingStartedTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void incrementsBothKeysInOneExecute(RedisClient client) {
    GettingStarted.connect(client);
    client.set("gs:bar", "41");
    assertEquals(List.of(1L, 42L), GettingStarted.incrementFooAndBar("gs:foo", "gs:bar"));
    assertEquals(List.of(2L, 43L), GettingStarted.incrementFooAndBar("gs:foo", "gs:bar"));
  }
}

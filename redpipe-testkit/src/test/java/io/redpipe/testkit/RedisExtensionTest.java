package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

@RedisTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisExtensionTest {

  @Test
  @Order(1)
  void handsOutARunningServerAndAClient(RedisServer server, RedisClient client) {
    assertEquals("PONG", client.ping());
    assertTrue(server.port() > 0);
    assertFalse(server.version().isEmpty());
    assertEquals(server.version(), RedisServers.serverVersion(client));
    client.set("left-by-the-first-test", "x");
  }

  @Test
  @Order(2)
  void sharesOneClientPerClass(RedisClient first, RedisClient second) {
    assertSame(first, second);
    assertEquals("x", first.get("left-by-the-first-test"));
  }

  @Test
  void speaksBothProtocols(RedisServer server) {
    try (RedisClient resp2 = server.newClient(RedisProtocol.RESP2);
         RedisClient resp3 = server.newClient(RedisProtocol.RESP3)) {
      resp2.hset("h", "f", "v");
      assertEquals("v", resp3.hgetAll("h").get("f"));
    }
  }

  @Test
  @RequiresRedis("999.0")
  void isSkippedOnOlderServers() {
    throw new AssertionError("a test that needs Redis 999 must not run");
  }

  @Test
  @RequiresRedis("2.0")
  void runsOnNewEnoughServers(RedisClient client) {
    assertNull(client.get("no-such-key"));
  }
}

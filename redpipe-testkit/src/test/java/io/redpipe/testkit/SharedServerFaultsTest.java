package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** The server {@code @RedisTest} shares can't be killed; a private one is another server. */
@RedisTest
class SharedServerFaultsTest {

  @Test
  void theSharedServerRefusesFaults(RedisServer shared, RedisClient client) {
    assertFalse(shared.supportsFaults());
    for (Runnable fault : new Runnable[] {shared::kill, shared::pause, shared::resume,
        shared::restart}) {
      IllegalStateException e = assertThrows(IllegalStateException.class, fault::run);
      assertTrue(e.getMessage().contains("RedisServers.startPrivate()"), e.getMessage());
    }
    assertEquals("PONG", client.ping());
  }

  @Test
  void aPrivateServerIsAnotherProcess(RedisServer shared, RedisClient client) {
    try (RedisServer own = RedisServers.startPrivate()) {
      assertNotEquals(shared.hostAndPort(), own.hostAndPort());
      own.kill();
      assertEquals("PONG", client.ping(), "killing a private server reached the shared one");
    }
  }
}

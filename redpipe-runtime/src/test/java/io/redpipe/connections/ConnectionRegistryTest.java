package io.redpipe.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.AlreadyConnected;
import io.redpipe.InvalidPipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

@RedisTest
class ConnectionRegistryTest {
  private final ConnectionRegistry registry = new ConnectionRegistry();

  @Test
  void detectsTheProtocolOfEachClient(RedisServer server) {
    try (RedisClient resp2 = server.newClient(RedisProtocol.RESP2);
        RedisClient resp3 = server.newClient(RedisProtocol.RESP3)) {
      registry.connect("two", resp2, false);
      registry.connect("three", resp3, true);
      assertEquals(RedisProtocol.RESP2, registry.get("two").protocol());
      assertEquals(RedisProtocol.RESP3, registry.get("three").protocol());
      assertTrue(registry.get("three").transaction());
    }
  }

  @Test
  void theSameClientOrEndpointAgainIsANoOp(RedisServer server, RedisClient client) {
    registry.connect(null, client, false);
    Connection first = registry.get("");
    registry.connect("", client, false);
    assertSame(first, registry.get(""));
    try (RedisClient sameServer = server.newClient()) {
      registry.connect("", sameServer, false);
      assertSame(first, registry.get(""));
    }
    registry.connect("alias", client, false);
    assertSame(client, registry.get("alias").client());
  }

  @Test
  void anotherServerUnderAUsedNameIsRefused(RedisClient client) {
    registry.connect("users", client, false);
    try (RedisServer other = RedisServers.startLocal();
        RedisClient otherClient = other.newClient()) {
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("users", otherClient, false));
      assertTrue(e.getMessage().contains("connection 'users'"), e.getMessage());
    }
  }

  @Test
  void disconnectIsIdempotentAndResetRemovesAll(RedisClient client) {
    registry.connect("a", client, false, RedisProtocol.RESP3);
    registry.connect("b", client, false, RedisProtocol.RESP3);
    registry.disconnect("a");
    registry.disconnect("a");
    assertNull(registry.find("a"));
    registry.reset();
    assertNull(registry.find("b"));
    InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> registry.get("b"));
    assertTrue(e.getMessage().contains("connection 'b' is not configured"), e.getMessage());
  }
}

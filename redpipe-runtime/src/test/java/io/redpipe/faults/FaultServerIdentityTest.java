package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redpipe.AlreadyConnected;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.RequiresRedis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

/**
 * Comparing servers when a second client wants a used name: a server that refuses INFO or
 * CLIENT INFO (NOPERM) is never taken to mean "another server". Reproductions with ACL users on
 * private servers (Redis 6.2+, which has CLIENT INFO), and with cluster clients.
 */
@RedisTest
@RedisClusterTest
@RequiresRedis("6.2")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultServerIdentityTest {
  private static final String PASSWORD = "ident@pw";

  private RedisServer first;
  private RedisServer second;

  @BeforeAll
  void startServersWithUsers() {
    first = RedisServers.startPrivate();
    second = RedisServers.startPrivate();
    assumeTrue(first.isAtLeast("6.2"), "CLIENT INFO needs Redis 6.2; " + first + " is older");
    for (RedisServer server : new RedisServer[] {first, second}) {
      try (Jedis admin = new Jedis(server.hostAndPort())) {
        admin.aclSetUser("noinfo", "on", ">" + PASSWORD, "~*", "&*", "+@all", "-info");
        admin.aclSetUser("blind", "on", ">" + PASSWORD, "~*", "&*", "+@all", "-info", "-client");
      }
    }
  }

  @AfterAll
  void stopServers() {
    for (RedisServer server : new RedisServer[] {first, second}) {
      if (server != null) {
        server.close();
      }
    }
  }

  private static RedisClient client(HostAndPort address, String user, int db) {
    return RedisClient.builder().hostAndPort(address).clientConfig(DefaultJedisClientConfig
        .builder().user(user).password(PASSWORD).database(db).build()).build();
  }

  @Test
  void withoutInfoTheAddressAndClientInfoDecide() {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient held = client(first.hostAndPort(), "noinfo", 0);
        RedisClient sameServer = client(first.hostAndPort(), "noinfo", 0);
        RedisClient otherDb = client(first.hostAndPort(), "noinfo", 1)) {
      registry.connect("users", held, false);
      registry.connect("users", sameServer, false);
      assertSame(held, registry.get("users").client(), "the same server and db: the first stays");
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("users", otherDb, false));
      assertEquals("can't change connection 'users': it is already connected to another server;"
          + " call RedPipe.disconnect(\"users\") first", e.getMessage(),
          "the same address and another database is another endpoint");
    }
  }

  @Test
  void withoutInfoTwoAddressesAreNotCalledAnotherServer() {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient held = client(first.hostAndPort(), "noinfo", 0);
        RedisClient elsewhere = client(second.hostAndPort(), "noinfo", 0)) {
      registry.connect("users", held, false);
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("users", elsewhere, false));
      String message = e.getMessage();
      assertFalse(message.contains("another server"), message);
      assertTrue(message.startsWith("can't change connection 'users': it is connected to "
          + "127.0.0.1:" + first.port() + ", and RedPipe can't tell whether the new client"
          + " (127.0.0.1:" + second.port() + ") reaches the same server and database"), message);
      assertTrue(message.contains("the server refused INFO server (NOPERM"), message);
      assertTrue(message.contains("their addresses differ"), message);
      assertTrue(message.contains("call RedPipe.disconnect(\"users\") first"), message);
      assertFalse(message.contains(PASSWORD), message);
      assertSame(held, registry.get("users").client());
    }
  }

  @Test
  void withoutInfoAndClientInfoTheDatabaseIsUnknownSoConnectRefusesToGuess() {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient held = client(first.hostAndPort(), "blind", 0);
        RedisClient again = client(first.hostAndPort(), "blind", 0)) {
      registry.connect("", held, false);
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("", again, false));
      String message = e.getMessage();
      assertFalse(message.contains("another server"), message);
      assertTrue(message.startsWith("can't change the default connection: it is connected to"
          + " 127.0.0.1:" + first.port()), message);
      assertTrue(message.contains("the server refused CLIENT INFO (NOPERM"), message);
      assertTrue(message.contains("so their databases are unknown"), message);
      assertTrue(message.contains("call RedPipe.disconnect() first"), message);
    }
  }

  @Test
  void withInfoAnotherServerIsStillAnotherServer() {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient held = first.newClient(); RedisClient elsewhere = second.newClient()) {
      registry.connect("users", held, false);
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("users", elsewhere, false));
      assertTrue(e.getMessage().contains("already connected to another server"), e.getMessage());
    }
  }

  @Test
  void twoClientsOfOneClusterAreTheSameEndpointAndASingleServerIsNot(
      RedisClusterFixture cluster) {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClusterClient held = cluster.newClient();
        RedisClusterClient again = cluster.newClient();
        RedisClient single = first.newClient()) {
      registry.connect("c", held, false);
      registry.connect("c", again, false);
      assertSame(held, registry.get("c").client());
      assertThrows(AlreadyConnected.class, () -> registry.connect("c", single, false));
      registry.connect("s", single, false);
      assertThrows(AlreadyConnected.class, () -> registry.connect("s", again, false));
    }
  }
}

package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.connections.ServerAddress;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Connection;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * {@link ServerAddress} names a client's server as host:port for failure messages, never a
 * password, and says why when it can't.
 */
@RedisTest
@RedisClusterTest
class FaultServerAddressTest {

  @Test
  void aRedisClientIsNamedByItsAddressOnceAConnectionOpened() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort())
            .clientConfig(DefaultJedisClientConfig.builder().user("nobody")
                .password("some@password").build()).build()) {
      assertEquals(Optional.empty(), ServerAddress.of(client));
      assertTrue(ServerAddress.describe(client).startsWith("an unknown address (a RedisClient"),
          ServerAddress.describe(client));
      // No such user: AUTH is refused, no connection opens, so the address stays unknown.
      assertThrows(JedisDataException.class, client::ping);
      assertTrue(ServerAddress.describe(client).startsWith("an unknown address"));
      assertFalse(ServerAddress.describe(client).contains("password"));
    }
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort()).build()) {
      String address = "127.0.0.1:" + server.port();
      client.ping();  // a connection now sits in the pool
      assertEquals(Optional.of(server.hostAndPort()), ServerAddress.of(client));
      assertEquals(address, ServerAddress.describe(client));
    }
  }

  @Test
  void aConnectedClientKeepsItsAddressWhenItsServerIsGone() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort())
            .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1000).build())
            .build()) {
      ConnectionRegistry registry = new ConnectionRegistry();
      registry.connect("x", client, false);
      server.kill();
      client.getPool().clear();  // the idle connection is gone too
      assertThrows(JedisConnectionException.class, client::ping);
      // The registry (so the context) that connected it remembers; nothing global does.
      assertEquals(Optional.of(server.hostAndPort()), registry.addressOf(client));
      assertEquals(Optional.empty(), new ConnectionRegistry().addressOf(client));
    }
  }

  @Test
  @SuppressWarnings("deprecation")  // the pool-backed UnifiedJedis constructor
  void connectionsNodesAndOtherClients(RedisServer server, RedisClusterFixture cluster) {
    try (Connection connection = new Connection(server.hostAndPort(),
        DefaultJedisClientConfig.builder().user(null).build())) {
      assertEquals(server.host() + ":" + server.port(), ServerAddress.describe(connection));
    }
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(),
        RedisProtocol.RESP3);
    try (Connection custom = new Connection(sockets)) {
      assertEquals(Optional.empty(), ServerAddress.of(custom));
      assertTrue(ServerAddress.describe(custom).contains("custom socket factory"));
    }
    assertEquals("[::1]:6379", ServerAddress.describe(new HostAndPort("::1", 6379)));
    assertEquals("10.0.0.1:7000", ServerAddress.describe(new HostAndPort("10.0.0.1", 7000)));

    try (RedisClusterClient client = cluster.newClient()) {
      client.set("fault:messages", "1");
      String described = ServerAddress.describe(client);
      assertTrue(described.startsWith("the Redis Cluster of "), described);
      for (HostAndPort master : cluster.masters()) {
        assertTrue(described.contains(ServerAddress.describe(master)), described);
      }
      assertEquals(Optional.empty(), ServerAddress.of(client));
    }
    PooledConnectionProvider provider = new PooledConnectionProvider(server.hostAndPort());
    try (UnifiedJedis plain = new UnifiedJedis(provider, 1, Duration.ofSeconds(1))) {
      assertEquals("an unknown address (a UnifiedJedis does not tell its address)",
          ServerAddress.describe(plain));
    }
  }
}

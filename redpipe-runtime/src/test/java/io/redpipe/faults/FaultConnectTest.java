package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redpipe.ConnectFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.testkit.RedisProcess;
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
import redis.clients.jedis.RedisProtocol;

/**
 * {@code connect} tells the truth: a server that refuses the client fails it with the server's
 * error, naming the connection, never the password; only "unknown command" at HELLO means RESP2.
 * Reproductions on a private server with ACL users (Redis 6.0+).
 */
@RedisTest
@RequiresRedis("6.0")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultConnectTest {
  private static final String PASSWORD = "top@secret:pw";

  private RedisServer server;

  @BeforeAll
  void startServerWithUsers() {
    server = RedisServers.startPrivate();
    assumeTrue(server.isAtLeast("6.0"), "ACL users need Redis 6.0; " + server + " is older");
    try (Jedis admin = new Jedis(server.hostAndPort())) {
      admin.aclSetUser("app", "on", ">" + PASSWORD, "~*", "&*", "+@all");
      admin.aclSetUser("noselect", "on", ">" + PASSWORD, "~*", "&*", "+@all", "-select");
    }
  }

  @AfterAll
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  private RedisClient client(String user, String password, RedisProtocol protocol, int db) {
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder().database(db);
    if (user != null) {
      config.user(user).password(password);
    }
    if (protocol != null) {
      config.protocol(protocol);
    }
    return RedisClient.builder().hostAndPort(server.hostAndPort()).clientConfig(config.build())
        .build();
  }

  private static void assertNamesConnectionAndHidesPassword(ConnectFailed e, String name) {
    assertEquals(name, e.connection());
    assertTrue(e.getMessage().startsWith("can't connect connection '" + name + "' "),
        e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertFalse(e.getMessage().contains(PASSWORD), e.getMessage());
  }

  @Test
  void aWrongPasswordFailsConnectWithWrongpass() {
    for (RedisProtocol protocol : new RedisProtocol[] {null, RedisProtocol.RESP2,
        RedisProtocol.RESP3}) {
      ConnectionRegistry registry = new ConnectionRegistry();
      try (RedisClient wrong = client("app", "not-" + PASSWORD, protocol, 0)) {
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("users", wrong, false), "protocol " + protocol);
        assertNamesConnectionAndHidesPassword(e, "users");
        assertTrue(e.getMessage().contains("WRONGPASS"), e.getMessage());
        assertTrue(e.getMessage().contains("user or password"), e.getMessage());
        assertTrue(e.getCause().getMessage().startsWith("WRONGPASS"), e.getCause().toString());
        // The first connection was refused at AUTH, and a RedisClient tells its address only
        // through an open connection: the message says so rather than guessing.
        assertTrue(e.getMessage().contains("(server address unknown: a RedisClient tells its"
            + " address only through an open connection"), e.getMessage());
        assertNull(registry.find("users"), "a refused client must not be connected");
      }
    }
  }

  @Test
  void noPasswordWhereOneIsRequiredFailsConnectWithNoauthNamingTheServer() {
    try (RedisServer guarded = RedisServers.startPrivate()) {
      try (Jedis admin = new Jedis(guarded.hostAndPort())) {
        admin.configSet("requirepass", PASSWORD);
      }
      ConnectionRegistry registry = new ConnectionRegistry();
      try (RedisClient anonymous = RedisClient.builder().hostAndPort(guarded.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().build()).build()) {
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("", anonymous, false));
        assertEquals("", e.connection());
        assertTrue(e.getMessage().startsWith("can't connect the default connection "),
            e.getMessage());
        assertTrue(e.getMessage().contains(": the server requires authentication (NOAUTH"),
            e.getMessage());
        assertTrue(e.getMessage().endsWith("give the client a user and password"
            + " (JedisClientConfig user/password)"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
      }
      try (RedisClient resp3 = RedisClient.builder().hostAndPort(guarded.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().protocol(RedisProtocol.RESP3).build())
          .build()) {
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("r3", resp3, false));
        assertTrue(e.getMessage().contains("NOAUTH"), e.getMessage());
      }
      // With the server's default protocol Jedis opens the connection without HELLO; RedPipe's
      // HELLO then gets NOAUTH on an open connection, so the message names the server.
      try (RedisClient plain = RedisClient.builder().hostAndPort(guarded.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().serverDefaultProtocol().build())
          .build()) {
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("plain", plain, false));
        assertTrue(e.getMessage().startsWith("can't connect connection 'plain' to 127.0.0.1:"
            + guarded.port() + ": the server requires authentication (NOAUTH"), e.getMessage());
      }
      assertNull(registry.find(""));
      assertNull(registry.find("r3"));
      assertNull(registry.find("plain"));
    }
  }

  @Test
  void aUserWithoutPermissionForItsDatabaseFailsConnectWithNoperm() {
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient denied = client("noselect", PASSWORD, null, 3)) {
      ConnectFailed e = assertThrows(ConnectFailed.class,
          () -> registry.connect("db3", denied, false));
      assertNamesConnectionAndHidesPassword(e, "db3");
      assertTrue(e.getMessage().contains("NOPERM"), e.getMessage());
      assertTrue(e.getMessage().contains("'select'"), e.getMessage());
      assertTrue(e.getMessage().contains("lacks a permission"), e.getMessage());
    }
    try (RedisClient allowed = client("noselect", PASSWORD, null, 0)) {
      registry.connect("db0", allowed, false);  // database 0 needs no SELECT
      assertEquals(allowed, registry.get("db0").client());
    }
  }

  @Test
  void theRightPasswordStillConnects() {
    RedPipeContext context = RedPipeContext.create();
    ConnectionRegistry registry = context.connections();
    try (RedisClient app = client("app", PASSWORD, RedisProtocol.RESP3, 0)) {
      registry.connect("app", app, false);
      assertEquals(RedisProtocol.RESP3, registry.get("app").protocol());
      try (Pipeline pipe = Pipelines.root(context, "app")) {
        Future<Long> n = pipe.incr("fault:connect:n");
        pipe.execute();
        assertTrue(n.get() >= 1);
      }
    }
  }

  @Test
  void anUnknownHelloMeansResp2AndTheConnectionWorks() {
    try (RedisServer noHello = RedisServers.startPrivate("--rename-command", "HELLO", "")) {
      RedPipeContext context = RedPipeContext.create();
      ConnectionRegistry registry = context.connections();
      try (RedisClient plain = RedisClient.builder().hostAndPort(noHello.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().build()).build()) {
        registry.connect("old", plain, false);
        assertEquals(RedisProtocol.RESP2, registry.get("old").protocol());
        try (Pipeline pipe = Pipelines.root(context, "old")) {
          Future<Long> n = pipe.incr("fault:hello:n");
          pipe.execute();
          assertEquals(1L, n.get());
        }
      }
      // A client configured for RESP3 can't open a connection there: that is not RESP2.
      try (RedisClient resp3 = RedisClient.builder().hostAndPort(noHello.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().protocol(RedisProtocol.RESP3).build())
          .build()) {
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("new", resp3, false));
        assertTrue(e.getMessage().contains("could not open a connection"), e.getMessage());
        assertTrue(e.getMessage().contains("RESP3 needs Redis 6.0"), e.getMessage());
        assertNull(registry.find("new"));
      }
    }
  }

  @Test
  void aServerThatIsNotThereFailsConnectNamingItsAddress() {
    int port = RedisProcess.freePort();
    ConnectionRegistry registry = new ConnectionRegistry();
    try (RedisClient nowhere = RedisClient.builder().hostAndPort(new HostAndPort("127.0.0.1",
        port)).clientConfig(DefaultJedisClientConfig.builder().user("app").password(PASSWORD)
        .build()).build()) {
      ConnectFailed e = assertThrows(ConnectFailed.class,
          () -> registry.connect("gone", nowhere, false));
      assertNamesConnectionAndHidesPassword(e, "gone");
      assertTrue(e.getMessage().contains("could not reach the server"), e.getMessage());
      assertTrue(e.getMessage().contains("127.0.0.1:" + port), e.getMessage());
    }
  }

  @Test
  void aKilledServerFailsConnectOfAClientThatWorkedBefore() {
    try (RedisServer doomed = RedisServers.startPrivate()) {
      ConnectionRegistry registry = new ConnectionRegistry();
      try (RedisClient client = RedisClient.builder().hostAndPort(doomed.hostAndPort())
          .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1000).build()).build()) {
        registry.connect("before", client, false);
        doomed.kill();
        ConnectFailed e = assertThrows(ConnectFailed.class,
            () -> registry.connect("after", client, false));
        // the address was learned when the client connected as "before"
        assertTrue(e.getMessage().startsWith("can't connect connection 'after' to 127.0.0.1:"
            + doomed.port() + ": "), e.getMessage());
        assertNull(registry.find("after"));
      }
    }
  }
}

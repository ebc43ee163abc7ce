package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Kill, pause, resume and restart on private servers; each test starts and closes its own. */
class RedisServerFaultsTest {
  /** Short socket timeout: a paused server makes reads time out rather than wait. */
  private static final JedisClientConfig QUICK = DefaultJedisClientConfig.builder()
      .protocol(RedisProtocol.RESP2).timeoutMillis(300).build();

  @Test
  void killEndsTheServerAndRestartBringsItBackEmptyOnTheSamePort() {
    try (RedisServer server = RedisServers.startPrivate()) {
      assertTrue(server.supportsFaults());
      long pid = server.pid();
      ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
      List<ProcessHandle> underServer = RedisClusterFailoverTest.processesServing(server.port());
      try (Jedis jedis = new Jedis(server.hostAndPort(), QUICK)) {
        jedis.set("fault:k", "v");
        server.kill();
        assertFalse(process.isAlive(), "pid " + pid + " survived kill()");
        assertFalse(server.isRunning());
        assertEquals(-1, server.pid());
        assertThrows(JedisConnectionException.class, jedis::ping);
      }
      for (ProcessHandle p : underServer) {
        assertFalse(p.isAlive(), "process " + p.pid() + " outlived kill()");
      }
      server.kill();  // a second kill does nothing

      int port = server.port();
      server.restart();
      assertTrue(server.isRunning());
      assertEquals(port, server.port());
      assertNotEquals(pid, server.pid());
      try (Jedis jedis = new Jedis(server.hostAndPort(), QUICK)) {
        assertNull(jedis.get("fault:k"), "no persistence: the data is gone after a restart");
        jedis.set("fault:k", "again");
        assertEquals("again", jedis.get("fault:k"));
      }
    }
  }

  @Test
  void restartOfARunningServerWithAnAppendOnlyFileKeepsItsData() {
    try (RedisServer server = RedisServers.startPrivate("--appendonly", "yes", "--appendfsync",
        "always")) {
      long pid = server.pid();
      try (Jedis jedis = new Jedis(server.hostAndPort(), QUICK)) {
        jedis.set("fault:aof", "kept");
      }
      server.restart();
      assertNotEquals(pid, server.pid());
      try (Jedis jedis = new Jedis(server.hostAndPort(), QUICK)) {
        assertEquals("kept", jedis.get("fault:aof"));
      }
    }
  }

  @Test
  void aPausedServerAnswersNothingUntilResumed() {
    try (RedisServer server = RedisServers.startPrivate()) {
      try (Jedis before = new Jedis(server.hostAndPort(), QUICK)) {
        before.set("fault:p", "1");
        server.pause();
        assertTrue(server.isPaused());
        assertTrue(server.isRunning(), "a paused server still runs");
        assertThrows(JedisConnectionException.class, before::ping, "a paused server answered");
      }
      assertThrows(JedisConnectionException.class, () -> {
        try (Jedis during = new Jedis(server.hostAndPort(), QUICK)) {
          during.ping();  // the handshake of a new connection already gets no answer
        }
      }, "a paused server answered");
      server.pause();  // pausing again changes nothing
      server.resume();
      assertFalse(server.isPaused());
      try (Jedis after = new Jedis(server.hostAndPort(), QUICK)) {
        assertEquals("PONG", after.ping());
        assertEquals("1", after.get("fault:p"));
      }
      server.resume();  // resuming a running server does nothing
    }
  }

  @Test
  void closingAPausedServerResumesAndStopsIt() {
    RedisServer server = RedisServers.startPrivate();
    long pid = server.pid();
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
    List<ProcessHandle> underServer = RedisClusterFailoverTest.processesServing(server.port());
    server.pause();
    server.close();
    assertFalse(process.isAlive(), "the paused redis-server " + pid + " outlived close()");
    for (ProcessHandle p : underServer) {
      assertFalse(p.isAlive(), "process " + p.pid() + " outlived close()");
    }
    assertFalse(server.isRunning());
    IllegalStateException closed = assertThrows(IllegalStateException.class, server::restart);
    assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
  }

  @Test
  void aKilledServerCanNotBePausedUntilRestarted() {
    try (RedisServer server = RedisServers.startPrivate()) {
      server.kill();
      IllegalStateException e = assertThrows(IllegalStateException.class, server::pause);
      assertTrue(e.getMessage().contains("not running"), e.getMessage());
      server.restart();
      server.pause();
      server.resume();
    }
  }

  @Test
  void restartKeepsTheWorkingDirectory() {
    try (RedisProcess process = RedisProcess.start(RedisBinaries.best())) {
      Path dir = process.workDir();
      Path marker = dir.resolve("marker");
      try {
        Files.writeString(marker, "x");
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      process.restart();
      assertEquals(dir, process.workDir());
      assertTrue(Files.exists(marker));
      assertTrue(process.log().contains("Ready to accept connections"), process.log());
    }
  }

  @Test
  void serversThisJvmDidNotStartRefuseFaults() {
    try (RedisServer own = RedisServers.startPrivate();
        RedisServer viaUrl = RedisServers.fromUrl(own.uri().toString())) {
      assertFalse(viaUrl.supportsFaults());
      IllegalStateException e = assertThrows(IllegalStateException.class, viaUrl::kill);
      assertTrue(e.getMessage().contains("this JVM did not start it"), e.getMessage());
      assertTrue(e.getMessage().contains("RedisServers.startPrivate()"), e.getMessage());
      assertThrows(IllegalStateException.class, viaUrl::pause);
      assertThrows(IllegalStateException.class, viaUrl::restart);
      assertTrue(viaUrl.isRunning());
    }
  }
}

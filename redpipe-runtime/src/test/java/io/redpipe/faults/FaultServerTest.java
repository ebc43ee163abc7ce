package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.CommandFailure;
import io.redpipe.ExecuteTimedOut;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Connection;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * A single server that closes, stalls or restarts under an execute: servers of their own,
 * killed, paused and restarted for real. Time is bounded by short execute timeouts.
 */
class FaultServerTest {
  private static final Duration SHORT = Duration.ofMillis(400);

  private static RedisClient client(RedisServer server, ConnectionPoolConfig pool) {
    return RedisClient.builder().hostAndPort(server.hostAndPort())
        .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build())
        .poolConfig(pool).build();
  }

  private static RedisClient client(RedisServer server) {
    return client(server, new ConnectionPoolConfig());
  }

  private static RedPipeContext context(RedisClient client, Duration timeout) {
    RedPipeContext context = RedPipeContext.builder().executeTimeout(timeout).build();
    context.connect(client);
    return context;
  }

  private static String get(RedPipeContext context, String key) {
    try (Pipeline pipe = context.pipeline()) {
      Future<String> value = pipe.get(key);
      pipe.execute();
      return value.get();
    }
  }

  @Test
  void aConnectionTheServerClosedAfterAProtocolErrorIsNeverReused() {
    try (RedisServer server = RedisServers.startPrivate("--proto-max-bulk-len", "1mb");
        RedisClient client = client(server);
        RedPipeContext context = context(client, Duration.ofSeconds(10))) {
      client.set("fs:ok", "fine");
      byte[] tooLong = new byte[2 * 1024 * 1024];
      Arrays.fill(tooLong, (byte) 'x');
      try (Pipeline pipe = context.pipeline()) {
        pipe.set("fs:big".getBytes(), tooLong);
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("Protocol error")
            || failed.getMessage().contains("end of stream")
            || failed.getMessage().contains("Connection reset")
            || failed.getMessage().contains("Broken pipe"), failed.getMessage());
      }
      long destroyed = client.getPool().getDestroyedCount();
      assertTrue(destroyed >= 1, "the connection was destroyed, not returned: " + destroyed);
      for (int i = 0; i < 5; i++) {
        assertEquals("fine", get(context, "fs:ok"), "execute " + i + " after the error");
      }
    }
  }

  @Test
  void afterARestartAtMostOneExecuteFailsThoughEightConnectionsWereIdle() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = client(server);
        RedPipeContext context = context(client, Duration.ofSeconds(10))) {
      fillPool(client, 8);
      assertEquals(8, client.getPool().getNumIdle());
      server.restart();
      int failures = 0;
      for (int i = 0; i < 8; i++) {
        try {
          get(context, "fs:after-restart");
        } catch (PipelineFailed e) {
          failures++;
        }
      }
      assertTrue(failures <= 1, failures + " executes failed after the restart");
    }
  }

  @Test
  void withTestOnBorrowNoExecuteFailsAfterARestart() {
    ConnectionPoolConfig validated = new ConnectionPoolConfig();
    validated.setTestOnBorrow(true);
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = client(server, validated);
        RedPipeContext context = context(client, Duration.ofSeconds(10))) {
      fillPool(client, 8);
      server.restart();
      for (int i = 0; i < 8; i++) {
        get(context, "fs:validated");
      }
    }
  }

  /** Puts {@code count} idle connections in the pool. */
  private static void fillPool(RedisClient client, int count) {
    List<Connection> held = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Connection connection = client.getPool().getResource();
      connection.ping();
      held.add(connection);
    }
    held.forEach(Connection::close);
  }

  @Test
  void aStalledServerCostsOneTimeoutPerExecuteNotOnePerCommand() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = client(server);
        RedPipeContext context = context(client, SHORT)) {
      get(context, "fs:warm");  // an idle connection waits in the pool
      server.pause();
      try {
        List<Future<String>> values = new ArrayList<>();
        PipelineFailed failed;
        try (Pipeline pipe = context.pipeline()) {
          for (int i = 0; i < 10; i++) {
            values.add(pipe.get("fs:stalled"));
          }
          failed = assertThrows(PipelineFailed.class, pipe::execute);
        }
        assertEquals(1, failed.failures().size(), failed.getMessage());
        CommandFailure only = failed.failures().get(0);
        assertInstanceOf(ExecuteTimedOut.class, only.cause(), failed.getMessage());
        assertTrue(only.cause().getMessage().startsWith("the execute timeout of 400 ms passed"
            + " while sending to or reading from 127.0.0.1:" + server.port()),
            only.cause().getMessage());
        values.forEach(value -> assertTrue(value.isFailed()));
      } finally {
        server.resume();
      }
      assertEquals(null, get(context, "fs:stalled"), "a new connection serves the next execute");
    }
  }

  @Test
  void aLargeWriteToAStalledServerEndsAtTheDeadline() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = client(server);
        RedPipeContext context = context(client, SHORT)) {
      get(context, "fs:warm");
      byte[] megabyte = new byte[1024 * 1024];
      Arrays.fill(megabyte, (byte) 'v');
      server.pause();
      try {
        try (Pipeline pipe = context.pipeline()) {
          for (int i = 0; i < 48; i++) {   // far more than the socket buffers hold
            pipe.set(("fs:big:" + i).getBytes(), megabyte);
          }
          PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
          assertInstanceOf(ExecuteTimedOut.class, failed.failures().get(0).cause(),
              failed.getMessage());
        }
      } finally {
        server.resume();
      }
      assertEquals(null, get(context, "fs:nothing"));
    }
  }

  @Test
  void anExhaustedPoolFailsAtTheDeadlineWithoutHanging() {
    ConnectionPoolConfig one = new ConnectionPoolConfig();
    one.setMaxTotal(1);
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = client(server, one);
        RedPipeContext context = context(client, SHORT)) {
      try (Connection held = client.getPool().getResource()) {
        PipelineFailed failed = assertThrows(PipelineFailed.class, () -> get(context, "fs:x"));
        assertInstanceOf(ExecuteTimedOut.class, failed.failures().get(0).cause());
        assertTrue(failed.getMessage().contains("every pooled connection is in use"),
            failed.getMessage());
        assertTrue(failed.getMessage().contains("(not sent)"), failed.getMessage());
        assertFalse(held.isBroken());
      }
      assertEquals(null, get(context, "fs:x"), "the connection given back serves the next one");
    }
  }
}

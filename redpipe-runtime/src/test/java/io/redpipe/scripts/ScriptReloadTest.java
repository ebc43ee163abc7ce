package io.redpipe.scripts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * A server that forgot the scripts (SCRIPT FLUSH, a restart): only the calls it answered
 * NOSCRIPT run again, within the same execute, in one more round trip. Private servers, so
 * flushing and restarting disturb no other test; the scripts count their runs in Redis.
 */
class ScriptReloadTest {
  /** Adds ARGV[1] to KEYS[1] and counts its own runs in KEYS[2]. */
  static final Script<Long> ADD = Script.of("redis.call('INCR', KEYS[2])\n"
      + "return redis.call('INCRBY', KEYS[1], ARGV[1])", ReplyDecoder.LONG);
  /** Appends ARGV[1] to KEYS[1] and counts its own runs in KEYS[2]. */
  static final Script<Long> APPEND = Script.of("redis.call('INCR', KEYS[2])\n"
      + "return redis.call('APPEND', KEYS[1], ARGV[1])", ReplyDecoder.LONG);

  private static RedPipeContext context(RedisClient client, boolean transaction) {
    RedPipeContext context = RedPipeContext.builder().build();
    context.connect("", client, transaction, RedisProtocol.RESP3);
    return context;
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void afterScriptFlushOnlyTheScriptCallsRunAgainInOneMoreRoundTrip(RedisProtocol protocol) {
    try (RedisServer server = RedisServers.startPrivate()) {
      CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(), protocol);
      try (RedisClient client = sockets.newClient();
          RedPipeContext context = RedPipeContext.builder().build()) {
        context.connect("", client, false, protocol);
        client.ping();  // opens the pooled connection: its handshake is no round trip of ours
        assertEquals(List.of(1L, 1L, 1L), round(context, sockets, 1));
        client.scriptFlush();
        assertEquals(List.of(2L, 2L, 2L), round(context, sockets, 2),
            "the execute after SCRIPT FLUSH took one more round trip");
        assertEquals(List.of(3L, 3L, 3L), round(context, sockets, 1), "loaded again: one trip");
        assertEquals(3L, ServerStats.errors(client, "NOSCRIPT"), "three calls got NOSCRIPT");
      }
    }
  }

  /**
   * One execute of three ADD calls between plain commands; asserts its round trips, that each
   * call ran once and the plain commands' results; returns the calls' counters.
   */
  private static List<Long> round(RedPipeContext context, CountingSocketFactory sockets,
      int expectedTrips) {
    int before = sockets.roundTrips();
    List<Future<Long>> adds = new ArrayList<>();
    Future<Long> plain;
    Future<String> read;
    try (Pipeline pipe = context.pipeline()) {
      plain = pipe.incr("plain");
      for (int i = 0; i < 3; i++) {
        adds.add(ADD.call(pipe, List.of("sum:" + i, "runs:" + i), List.of("10")));
      }
      read = pipe.get("plain");
      pipe.execute();
    }
    assertEquals(before + expectedTrips, sockets.roundTrips(), "round trips of the execute");
    assertEquals(String.valueOf(plain.get()), read.get(), "the plain commands ran once");
    List<Long> runs = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      List<Future<String>> counters = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        counters.add(pipe.get("runs:" + i));
      }
      pipe.execute();
      for (int i = 0; i < 3; i++) {
        long count = Long.parseLong(counters.get(i).get());
        assertEquals(10L * count, adds.get(i).get(), "call " + i + " ran once per execute");
        runs.add(count);
      }
    }
    return runs;
  }

  @Test
  void aCallWhoseScriptTheServerStillHadIsNeverRunAgain() {
    try (RedisServer server = RedisServers.startPrivate()) {
      CountingSocketFactory sockets =
          new CountingSocketFactory(server.hostAndPort(), RedisProtocol.RESP3);
      try (RedisClient client = sockets.newClient();
          RedPipeContext context = context(client, false)) {
        both(context);
        client.scriptFlush();
        client.scriptLoad(ADD.source());  // the server has ADD again, not APPEND
        long evalshas = ServerStats.calls(client, "evalsha");
        int before = sockets.roundTrips();
        List<Object> results = both(context);
        assertEquals(before + 3, sockets.roundTrips(),
            "the execute and the check, and one more round trip, for APPEND");
        assertEquals(List.of(2L, 4L, "2", "2", "OK", "done"), results);
        assertEquals(evalshas + 3, ServerStats.calls(client, "evalsha"),
            "ADD ran once, APPEND was refused once and ran once");
        assertEquals(1L, ServerStats.errors(client, "NOSCRIPT"));
      }
    }
  }

  /** ADD and APPEND mixed with plain commands; their results, then the run counters. */
  private static List<Object> both(RedPipeContext context) {
    try (Pipeline pipe = context.pipeline()) {
      Future<Long> add = ADD.call(pipe, List.of("n", "add-runs"), List.of("1"));
      Future<String> set = pipe.set("mixed", "done");
      Future<Long> append = APPEND.call(pipe, List.of("s", "append-runs"), List.of("ab"));
      Future<String> mixed = pipe.get("mixed");
      pipe.execute();
      List<Object> results = new ArrayList<>(List.of(add.get(), append.get()));
      try (Pipeline check = context.pipeline()) {
        Future<String> addRuns = check.get("add-runs");
        Future<String> appendRuns = check.get("append-runs");
        check.execute();
        results.addAll(List.of(addRuns.get(), appendRuns.get(), set.get(), mixed.get()));
      }
      return results;
    }
  }

  @Test
  void afterARestartWithValidatedConnectionsTheScriptIsLoadedAgainWithinTheExecute() {
    ConnectionPoolConfig validated = new ConnectionPoolConfig();
    validated.setTestOnBorrow(true);
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort())
            .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build())
            .poolConfig(validated).build();
        RedPipeContext context = context(client, false)) {
      assertEquals(1L, ADD.call(context, List.of("r", "r-runs"), List.of("1")).get());
      server.restart();
      assertEquals(1L, ADD.call(context, List.of("r", "r-runs"), List.of("1")).get(),
          "the restarted server had no data and no script");
      assertEquals(1L, ServerStats.errors(client, "NOSCRIPT"), "refused once, then run");
      assertEquals("1", client.get("r-runs"));
    }
  }

  @Test
  void afterARestartAtMostOneExecuteFailsAndTheNextLoadsTheScript() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort())
            .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build())
            .build();
        RedPipeContext context = context(client, false)) {
      assertEquals(1L, ADD.call(context, List.of("r", "r-runs"), List.of("1")).get());
      server.restart();
      int failures = 0;
      Long last = null;
      for (int i = 0; i < 3; i++) {
        try {
          last = ADD.call(context, List.of("r", "r-runs"), List.of("1")).get();
        } catch (PipelineFailed e) {
          failures++;
        }
      }
      assertTrue(failures <= 1, failures + " executes failed after the restart");
      assertEquals(3L - failures, last);
      assertEquals(String.valueOf(3 - failures), client.get("r-runs"));
    }
  }

  @Test
  void inATransactionTheScriptsAreLoadedBeforeMultiInTheSameRoundTrip() {
    try (RedisServer server = RedisServers.startPrivate()) {
      CountingSocketFactory sockets =
          new CountingSocketFactory(server.hostAndPort(), RedisProtocol.RESP3);
      try (RedisClient client = sockets.newClient();
          RedPipeContext context = context(client, true)) {
        client.ping();  // opens the pooled connection: its handshake is no round trip of ours
        for (int round = 1; round <= 2; round++) {
          int before = sockets.roundTrips();
          try (Pipeline pipe = context.pipeline()) {
            Future<Long> add = ADD.call(pipe, List.of("t", "t-runs"), List.of("5"));
            Future<Long> again = ADD.call(pipe, List.of("t", "t-runs"), List.of("5"));
            Future<Long> plain = pipe.incr("t-plain");
            pipe.execute();
            assertEquals(before + 1, sockets.roundTrips(), "MULTI/EXEC in one round trip");
            assertEquals(10L * round - 5, add.get());
            assertEquals(10L * round, again.get());
            assertEquals(round, plain.get());
          }
          client.scriptFlush();  // the next transaction does not need the cache
        }
        assertEquals(0L, ServerStats.errors(client, "NOSCRIPT"));
        assertEquals(2L, ServerStats.calls(client, "script|load"), "one load per transaction");
        assertEquals("4", client.get("t-runs"));
      }
    }
  }

  @Test
  void inATransactionAScriptThatDoesNotCompileFailsWithTheCompileError() {
    try (RedisServer server = RedisServers.startPrivate();
        RedisClient client = server.newClient();
        RedPipeContext context = context(client, true)) {
      Script<Object> broken = Script.of("return (((");
      try (Pipeline pipe = context.pipeline()) {
        pipe.set("tx-other", "1");
        broken.call(pipe, List.of(), List.of());
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("SCRIPT LOAD of " + broken + " failed: ERR"),
            failed.getMessage());
      }
    }
  }
}

package io.redpipe.scripts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/** Scripts on a shared server: digests, decoders, keyspaces, first use, bad input. */
@RedisTest
class ScriptTest {
  static final Script<Long> INCR_BY = Script.of(
      "return redis.call('INCRBY', KEYS[1], ARGV[1])", ReplyDecoder.LONG);

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void itsDigestIsTheOneRedisComputes(RedisClient client) {
    Script<Object> script = Script.of("return 'digest test'");
    assertEquals(client.scriptLoad(script.source()), script.sha1());
    assertEquals(script.sha1(), script.returning(ReplyDecoder.TEXT).sha1());
    assertTrue(script.toString().startsWith("script " + script.sha1().substring(0, 8)),
        script.toString());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void decodersTypeTheReplies(RedisProtocol protocol, RedisServer server) {
    try (RedisClient client = server.newClient(protocol);
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        Future<Long> number = Script.of("return 42", ReplyDecoder.LONG).call(pipe, List.of(),
            List.of());
        Future<Long> numeric = Script.of("return '43'", ReplyDecoder.LONG).call(pipe, List.of(),
            List.of());
        Future<String> text = Script.of("return ARGV[1] .. '!'", ReplyDecoder.TEXT)
            .call(pipe, List.of(), List.of("héllo"));
        Future<byte[]> bytes = Script.of("return ARGV[1]", ReplyDecoder.BYTES)
            .call(pipe, List.of(), List.of("raw"));
        Future<Boolean> yes = Script.of("return true", ReplyDecoder.BOOLEAN).call(pipe, List.of(),
            List.of());
        Future<Boolean> no = Script.of("return false", ReplyDecoder.BOOLEAN).call(pipe, List.of(),
            List.of());
        Future<List<String>> list = Script.of("return {'a', 'b', ARGV[1]}",
            ReplyDecoder.listOf(ReplyDecoder.TEXT)).call(pipe, List.of(), List.of("c"));
        Future<Double> codec = Script.of("return '1.5'", ReplyDecoder.of(Codecs.FLOAT))
            .call(pipe, List.of(), List.of());
        Future<Long> nil = Script.of("return nil", ReplyDecoder.LONG).call(pipe, List.of(),
            List.of());
        Future<Object> raw = Script.of("return {1, 'x'}").call(pipe, List.of(), List.of());
        pipe.execute();
        assertEquals(42L, number.get());
        assertEquals(43L, numeric.get());
        assertEquals("héllo!", text.get());
        assertArrayEquals("raw".getBytes(StandardCharsets.UTF_8), bytes.get());
        assertTrue(yes.get());
        assertFalse(no.get());
        assertEquals(List.of("a", "b", "c"), list.get());
        assertEquals(1.5, codec.get());
        assertNull(nil.get());
        List<?> rawList = (List<?>) raw.get();
        assertEquals(1L, rawList.get(0));
        assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), (byte[]) rawList.get(1));
      }
    }
  }

  @Test
  void aReplyTheDecoderRefusesFailsTheExecuteNamingTheScript(RedisClient client) {
    RedPipe.connect(client);
    Script<Long> script = Script.of("return 'not a number'", ReplyDecoder.LONG);
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> value = script.call(pipe, List.of(), List.of());
      PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
      assertInstanceOf(UndecodableValue.class, failed.getCause());
      assertTrue(failed.getMessage().contains("EVALSHA " + "b'" + script.sha1() + "'")
          && failed.getMessage().contains(script.sha1().substring(0, 8) + " (\"return 'not a")
          && failed.getMessage().contains("LONG can't decode its reply b'not a number'"),
          failed.getMessage());
      assertThrows(ResultFailed.class, value::get);
    }
  }

  @Test
  void keyspaceScriptsNamespaceTheKeysNotTheArguments(RedisClient client) {
    RedPipe.connect(client);
    StringKeyspace<Long> counters =
        new StringKeyspace<>(KeyspaceSpec.of("SC", null, Codecs.INTEGER), null);
    Script<List<String>> keysAndArgs = Script.of("return {KEYS[1], KEYS[2], ARGV[1]}",
        ReplyDecoder.listOf(ReplyDecoder.TEXT));
    assertEquals(List.of("SC{1}", "SC{2}", "x"),
        counters.eval(keysAndArgs, List.of("1", "2"), List.of("x")).get());
    try (Pipeline pipe = RedPipe.pipeline()) {
      StringKeyspace<Long> piped = new StringKeyspace<>(KeyspaceSpec.of("SC", null,
          Codecs.INTEGER), pipe);
      Future<Long> added = piped.eval(INCR_BY, List.of("n"), List.of("5"));
      Future<Long> read = piped.get("n");
      pipe.execute();
      assertEquals(5L, added.get());
      assertEquals(5L, read.get());
    }
    assertEquals("5", client.get("SC{n}"));
  }

  @Test
  void firstUseLoadsTheScriptInTheSameRoundTripAndLaterUsesSendOnlyEvalsha(
      RedisServer server) {
    Script<Long> script = Script.of("return redis.call('INCRBY', KEYS[1], ARGV[1]) -- first use "
        + System.nanoTime(), ReplyDecoder.LONG);
    CountingSocketFactory sockets =
        new CountingSocketFactory(server.hostAndPort(), RedisProtocol.RESP3);
    try (RedisClient client = sockets.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect("", client, false, RedisProtocol.RESP3);
      long loadsBefore = ServerStats.calls(client, "script|load");
      long noScriptBefore = ServerStats.errors(client, "NOSCRIPT");
      for (int round = 1; round <= 3; round++) {
        int before = sockets.roundTrips();
        List<Future<Long>> results = new ArrayList<>();
        Future<String> other;
        try (Pipeline pipe = context.pipeline()) {
          pipe.set("sc:first:plain", "v" + round);
          for (int i = 0; i < 3; i++) {
            results.add(script.call(pipe, List.of("sc:first:" + i), List.of("2")));
          }
          other = pipe.get("sc:first:plain");
          pipe.execute();
        }
        assertEquals(before + 1, sockets.roundTrips(), "round " + round + ": one round trip");
        for (Future<Long> result : results) {
          assertEquals(2L * round, result.get());
        }
        assertEquals("v" + round, other.get());
      }
      assertEquals(loadsBefore + 1, ServerStats.calls(client, "script|load"),
          "loaded once, on first use");
      assertEquals(noScriptBefore, ServerStats.errors(client, "NOSCRIPT"));
    }
  }

  @Test
  void aScriptRunsAtOnceOnAContextOrTheDefaultContext(RedisClient client) {
    RedPipe.connect(client);
    assertEquals(3L, INCR_BY.call(null, List.of("sc:now"), List.of("3")).get());
    try (RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect("other", client);
      assertEquals(7L, INCR_BY.call(context, "other", List.of("sc:now"), List.of("4")).get());
    }
    assertEquals(9L, INCR_BY.callBinary(null, null, List.of("sc:now".getBytes()),
        List.of("2".getBytes())).get());
  }

  @Test
  void badInputThrowsAtOnceAndQueuesNothing(RedisClient client) {
    RedPipe.connect(client);
    assertThrows(InvalidValue.class, () -> Script.of(null));
    assertThrows(InvalidValue.class, () -> Script.of("  \n"));
    assertThrows(NullPointerException.class, () -> Script.of("return 1", null));
    List<String> withNull = new ArrayList<>();
    withNull.add(null);
    StringKeyspace<Long> counters;
    try (Pipeline pipe = RedPipe.pipeline()) {
      counters = new StringKeyspace<>(KeyspaceSpec.of("SC", null, Codecs.INTEGER), pipe);
      assertThrows(NullPointerException.class, () -> INCR_BY.call(pipe, withNull, List.of()));
      assertThrows(NullPointerException.class, () -> INCR_BY.call(pipe, List.of("k"), withNull));
      assertThrows(NullPointerException.class, () -> INCR_BY.call(pipe, List.of("k"), null));
      assertThrows(NullPointerException.class, () -> counters.eval(INCR_BY, withNull,
          List.of()));
      assertThrows(NullPointerException.class, () -> counters.eval((Script<Long>) null,
          List.of("1"), List.of()));
      assertTrue(pipe.toString().contains("(0 queued)"), pipe.toString());
    }
  }

  @Test
  void aScriptThatDoesNotCompileFailsItsCallsWithTheCompileError(RedisClient client) {
    RedPipe.connect(client);
    Script<Object> broken = Script.of("return (((");
    try (Pipeline pipe = RedPipe.pipeline()) {
      broken.call(pipe, List.of(), List.of());
      Future<String> fine = pipe.get("sc:fine");
      PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
      assertTrue(failed.getMessage().contains("SCRIPT LOAD of " + broken + " failed: ERR"),
          failed.getMessage());
      assertTrue(failed.getMessage().contains("compiling script"), failed.getMessage());
      assertEquals(1, failed.failures().size());
      assertTrue(fine.isFailed());
    }
  }

  @Test
  void eachContextKeepsItsOwnViewOfTheScriptCache(RedisServer server) {
    Script<Long> script = Script.of("return 7 -- per context " + System.nanoTime(),
        ReplyDecoder.LONG);
    try (RedisClient client = server.newClient();
        RedPipeContext first = RedPipeContext.builder().build();
        RedPipeContext second = RedPipeContext.builder().build()) {
      first.connect(client);
      second.connect(client);
      long loads = ServerStats.calls(client, "script|load");
      assertEquals(7L, script.call(first, List.of(), List.of()).get());
      assertEquals(7L, script.call(second, List.of(), List.of()).get());
      assertEquals(loads + 2, ServerStats.calls(client, "script|load"),
          "the second context does not know what the first loaded");
      assertEquals(7L, script.call(second, List.of(), List.of()).get());
      assertEquals(loads + 2, ServerStats.calls(client, "script|load"));
    }
  }
}

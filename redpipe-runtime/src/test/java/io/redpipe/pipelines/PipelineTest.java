package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidPipeline;
import io.redpipe.PipelineFailed;
import io.redpipe.ResultFailed;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.Tuple;

/**
 * Raw-command pipelines on both backends; transactions, which a cluster connection does not
 * offer, are in {@link PipelineTransactionTest}.
 */
@OnBothBackends
class PipelineTest {
  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void repliesDecodeUnderBothProtocols(RedisProtocol protocol, Backend backend) {
    String key = "pt:decode:" + protocol;
    try (UnifiedJedis client = backend.newClient(protocol)) {
      RedPipe.reset();
      RedPipe.connect(client);
      try (Pipeline pipe = RedPipe.pipeline()) {
        pipe.hset(key + ":h", Map.of("a", "1", "b", "2"));
        Future<Map<String, String>> all = pipe.hgetAll(key + ":h");
        Future<byte[]> field = pipe.hget((key + ":h").getBytes(StandardCharsets.UTF_8),
            "a".getBytes(StandardCharsets.UTF_8));
        pipe.zadd(key + ":z", 1.5, "m");
        Future<List<Tuple>> scored = pipe.zrangeWithScores(key + ":z", 0, -1);
        Future<Double> score = pipe.zscore(key + ":z", "m");
        Future<String> missing = pipe.get(key + ":missing");
        pipe.execute();
        assertEquals(Map.of("a", "1", "b", "2"), all.get());
        assertArrayEquals("1".getBytes(StandardCharsets.UTF_8), field.get());
        assertEquals(List.of(new Tuple("m", 1.5)), scored.get());
        assertEquals(1.5, score.get());
        assertNull(missing.get());
      }
      client.del(key + ":h");
      client.del(key + ":z");
    }
  }

  @Test
  void nothingIsSentBeforeTheRootExecutes(UnifiedJedis client) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> counter = pipe.incr("pt:lazy");
      assertFalse(counter.isReady());
      assertNull(client.get("pt:lazy"));
      pipe.execute();
      assertEquals(1L, counter.get());
    }
  }

  @Test
  void executeCommandUsesTheConnectionsCommandObjects(UnifiedJedis client) {
    client.hset("pt:raw", "f", "v");
    Future<String> text = RedPipe.autoexec(null, pipe ->
        pipe.executeCommand(pipe.commandObjects().hget("pt:raw".getBytes(StandardCharsets.UTF_8),
            "f".getBytes(StandardCharsets.UTF_8)))
            .map(bytes -> new String(bytes, StandardCharsets.UTF_8)));
    assertEquals("v", text.get());
  }

  @Test
  void callbacksRunInRegistrationOrderDepthFirst(UnifiedJedis client) {
    List<String> order = new ArrayList<>();
    try (Pipeline root = RedPipe.pipeline()) {
      root.onExecute(() -> order.add("root-1"));
      try (Pipeline n1 = RedPipe.pipeline(root)) {
        n1.onExecute(() -> order.add("n1-1"));
        try (Pipeline n11 = RedPipe.pipeline(n1)) {
          Future<Long> deep = n11.incr("pt:order");
          n11.onExecute(() -> order.add("n1.1 saw " + deep.get()));
          n11.execute();
        }
        n1.onExecute(() -> order.add("n1-2"));
        n1.execute();
      }
      try (Pipeline n2 = RedPipe.pipeline(root)) {
        n2.onExecute(() -> order.add("n2"));
        n2.execute();
      }
      root.onExecute(() -> order.add("root-2"));
      assertTrue(order.isEmpty());
      root.execute();
    }
    assertEquals(List.of("root-1", "n1-1", "n1.1 saw 1", "n1-2", "n2", "root-2"), order);
  }

  @Test
  void userFuturesSetInCallbacks(UnifiedJedis client) {
    client.set("pt:user:a", "3");
    client.set("pt:user:b", "4");
    Future<Long> sum = Future.create();
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> a = RedPipe.autoexec(pipe, p -> p.get("pt:user:a").map(Long::parseLong));
      Future<Long> b = RedPipe.autoexec(pipe, p -> p.get("pt:user:b").map(Long::parseLong));
      pipe.onExecute(() -> sum.set(a.get() + b.get()));
      assertFalse(sum.isReady());
      pipe.execute();
    }
    assertEquals(7L, sum.get());
  }

  @Test
  void autoexecWithoutParentExecutesAtOnce(UnifiedJedis client) {
    Future<Long> value = RedPipe.autoexec(null, pipe -> pipe.incrBy("pt:auto", 5));
    assertEquals(5L, value.get());
  }

  @Test
  void autoexecBodyThatThrowsSendsNothing(UnifiedJedis client) {
    try (Pipeline root = RedPipe.pipeline()) {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> RedPipe.autoexec(root, pipe -> {
            pipe.set("pt:thrown", "x");
            throw new IllegalStateException("boom");
          }));
      assertEquals("boom", e.getMessage());
      root.execute();
    }
    assertFalse(client.exists("pt:thrown"));
  }

  @Test
  void aSecondExecuteDoesNotResend(UnifiedJedis client) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> first = pipe.incr("pt:once");
      pipe.execute();
      pipe.execute();
      assertEquals(1L, first.get());
    }
    assertEquals("1", client.get("pt:once"));
  }

  @Test
  void closeWithoutExecuteDiscardsAndClosedPipelinesRefuseUse(UnifiedJedis client) {
    Pipeline pipe = RedPipe.pipeline();
    Future<String> reply = pipe.set("pt:discarded", "x");
    pipe.close();
    assertFalse(reply.isReady());
    assertFalse(client.exists("pt:discarded"));
    InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> pipe.incr("pt:discarded"));
    assertTrue(e.getMessage().contains("closed"), e.getMessage());
    assertThrows(InvalidPipeline.class, pipe::execute);
    assertThrows(InvalidPipeline.class, () -> RedPipe.pipeline(pipe));
  }

  @Test
  void anEmptyRootNeedsNoConnection() {
    List<String> ran = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline("pt-nowhere")) {
      pipe.onExecute(() -> ran.add("callback"));
      pipe.execute();
    }
    assertEquals(List.of("callback"), ran);
  }

  @Test
  void anUnknownConnectionIsNamedAtExecute() {
    try (Pipeline pipe = RedPipe.pipeline("pt-unknown")) {
      pipe.incr("pt:unknown");
      InvalidPipeline e = assertThrows(InvalidPipeline.class, pipe::execute);
      assertTrue(e.getMessage().contains("connection 'pt-unknown' is not configured"),
          e.getMessage());
    }
  }

  @Test
  void aFailedCommandFailsTheWholeExecute(UnifiedJedis client) {
    client.set("pt:fail:string", "x");
    List<String> ran = new ArrayList<>();
    Future<Long> ok;
    Future<String> bad;
    try (Pipeline pipe = RedPipe.pipeline()) {
      ok = pipe.incr("pt:fail:counter");
      bad = pipe.hget("pt:fail:string", "f");
      pipe.onExecute(() -> ran.add("callback"));
      PipelineFailed e = assertThrows(PipelineFailed.class, pipe::execute);
      assertTrue(e.getMessage().contains(
          "command #1 HGET b'pt:fail:string' b'f' on the default connection: WRONGTYPE"),
          e.getMessage());
      assertEquals(1, e.failures().size());
      assertEquals(1, e.failures().get(0).position());
      assertTrue(e.getCause().getMessage().startsWith("WRONGTYPE"), e.getCause().getMessage());
    }
    assertTrue(ran.isEmpty());
    assertFalse(ok.isReady());
    assertFalse(bad.isReady());
  }

  @Test
  void aNestedPipelineMayUseAnotherConnection(Backend backend, UnifiedJedis client) {
    try (UnifiedJedis other = backend.newClient(RedisProtocol.RESP2)) {
        RedPipe.connect("pt-other", other);
      try (Pipeline root = RedPipe.pipeline()) {
        Future<Long> a = root.incr("pt:route:a");
        Future<Long> b = RedPipe.autoexec(root, "pt-other", pipe -> pipe.incr("pt:route:b"));
        assertEquals("pt-other", RedPipe.pipeline(root, "pt-other").connectionName());
        root.execute();
        assertEquals(1L, a.get());
        assertEquals(1L, b.get());
      }
    }
  }

  @Test
  void aThrowingMapFunctionFailsExecuteAndSkipsCallbacks(UnifiedJedis client) {
    client.set("pt:map:text", "not a number");
    List<String> ran = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<String> text = pipe.get("pt:map:text");
      Future<Long> parsed = text.map(Long::parseLong);
      Future<Integer> length = text.map(String::length);
      Future<String> after = pipe.set("pt:map:after", "after");
      pipe.onExecute(() -> ran.add("callback"));
      assertThrows(NumberFormatException.class, pipe::execute);
      assertFalse(parsed.isReady());
      assertEquals("not a number", text.get());
      assertEquals(12, length.get());
      assertEquals("OK", after.get());
      pipe.execute();
    }
    assertTrue(ran.isEmpty());
  }

  @Test
  void aPipelineNestedInAClosedParentIsRefused(UnifiedJedis client) {
    Pipeline root = RedPipe.pipeline();
    root.close();
    InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> RedPipe.pipeline(root));
    assertTrue(e.getMessage().contains("this pipeline is closed"), e.getMessage());
    assertThrows(InvalidPipeline.class, () -> RedPipe.autoexec(root, p -> p.get("pt:closed")));
  }

  @Test
  void aCompletionStageCompletesAfterExecuteAndExceptionallyAfterAFailedOne(UnifiedJedis client) {
    client.set("pt:stage:string", "x");
    CompletableFuture<String> done;
    CompletableFuture<String> failed;
    try (Pipeline pipe = RedPipe.pipeline()) {
      done = pipe.set("pt:stage:ok", "ok").toCompletionStage().toCompletableFuture();
      assertFalse(done.isDone());
      pipe.execute();
    }
    assertEquals("OK", done.getNow("pending"));
    try (Pipeline pipe = RedPipe.pipeline()) {
      failed = pipe.hget("pt:stage:string", "f").toCompletionStage().toCompletableFuture();
      PipelineFailed thrown = assertThrows(PipelineFailed.class, pipe::execute);
      assertTrue(failed.isCompletedExceptionally());
      CompletionException e = assertThrows(CompletionException.class, failed::join);
      assertTrue(e.getCause() instanceof ResultFailed, e.toString());
      assertSame(thrown, e.getCause().getCause());
      assertTrue(e.getCause().getMessage().startsWith("this future's command #0 HGET"),
          e.getCause().getMessage());
    }
  }

  @Test
  void aPipelineCreatedBeforeAReconnectToAnotherProtocolIsRefused(Backend backend) {
    try (UnifiedJedis resp2 = backend.newClient(RedisProtocol.RESP2);
        UnifiedJedis resp3 = backend.newClient(RedisProtocol.RESP3)) {
      RedPipe.connect("pt-proto", resp3);
      try (Pipeline pipe = RedPipe.pipeline("pt-proto")) {
        pipe.hgetAll("pt:proto:hash");
        RedPipe.disconnect("pt-proto");
        RedPipe.connect("pt-proto", resp2);
        InvalidPipeline e = assertThrows(InvalidPipeline.class, pipe::execute);
        // "a RESP3 client" on one server, "a RESP3 cluster client" on the cluster
        assertTrue(e.getMessage().contains("connection 'pt-proto' was created while it was"
            + " connected to a RESP3 "), e.getMessage());
        assertTrue(e.getMessage().contains("it is now connected to a RESP2 "), e.getMessage());
      }
      try (Pipeline pipe = RedPipe.pipeline("pt-proto")) {
        Future<Map<String, String>> hash = pipe.hgetAll("pt:proto:hash");
        // connecting the same client again is a no-op (cluster connections refuse transactions)
        RedPipe.connect("pt-proto", resp2, !backend.isCluster());
        pipe.execute();
        assertEquals(Map.of(), hash.get());
      }
    }
  }
}

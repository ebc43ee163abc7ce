package io.redpipe.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidPipeline;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.HashedStringKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * After a failed execute every future queued in it fails with the execute's exception; nothing
 * else changes: no value, no callback, no struct's local copy.
 */
@RedisTest
class FailedFuturesTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("FF", null, Codecs.TEXT);
  private final RedPipeContext context = RedPipeContext.builder().name("failures").build();

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void everyKindOfFutureFailsWithThePipelineFailed(RedisClient client) {
    context.connect(client);
    client.set("ff:string", "not a hash");
    UserStruct jack = UserStruct.create(UserStruct.with("f1").name("Jack").lastSeen(1L), context);
    UserStruct jill = UserStruct.stub("f2");
    List<String> callbacks = new ArrayList<>();
    Future<String> raw;
    Future<String> failing;
    Future<Integer> mapped;
    Future<String> keyspace;
    Future<Map<String, String>> hash;
    Future<List<String>> sharded;
    Future<Long> structIncr;
    Future<List<Object>> all;
    CompletableFuture<String> stage;
    PipelineFailed thrown;
    try (Pipeline pipe = context.pipeline()) {
      raw = pipe.get("ff:raw");
      failing = pipe.hget("ff:string", "f");                         // WRONGTYPE
      mapped = raw.map(v -> v == null ? -1 : v.length());
      keyspace = new StringKeyspace<>(TEXT, pipe).get("k");
      hash = new HashKeyspace(HashSchema.builder("FH").build(), pipe).hgetall("h")
          .map(values -> Map.of("size", String.valueOf(values.size())));
      sharded = new HashedStringKeyspace<>(TEXT, 3, pipe).mget("a", "b");
      structIncr = jack.incrLastSeen(5, pipe);
      jack.update(UserStruct.changes().name("Bobby"), pipe);
      jill.load(pipe);
      all = Future.all(List.of(raw, keyspace));
      stage = raw.toCompletionStage().toCompletableFuture();
      pipe.onExecute(() -> callbacks.add("ran"));
      thrown = assertThrows(PipelineFailed.class, pipe::execute);
    }
    for (Future<?> future : List.of(raw, failing, mapped, keyspace, hash, sharded, structIncr,
        all)) {
      assertFalse(future.isReady(), future.toString());
      assertTrue(future.isFailed(), future.toString());
      assertTrue(future.isDone(), future.toString());
      assertSame(thrown, future.failure(), future.toString());
      ResultFailed e = assertThrows(ResultFailed.class, future::get);
      assertSame(thrown, e.getCause());
    }
    assertTrue(assertThrows(ResultFailed.class, raw::get).getMessage()
        .startsWith("the execute that fills this future failed: pipeline execute failed"));
    assertEquals("this future's command #1 HGET b'ff:string' b'f' on the default connection:"
        + " WRONGTYPE Operation against a key holding the wrong kind of value (so the whole"
        + " execute failed: see the cause)", assertThrows(ResultFailed.class, failing::get)
        .getMessage());
    assertTrue(stage.isCompletedExceptionally());
    CompletionException joined = assertThrows(CompletionException.class, stage::join);
    assertSame(thrown, joined.getCause().getCause());
    assertEquals(List.of(), callbacks);
    assertEquals(Map.of("user_id", "f1", "name", "Jack", "last_seen", 1L), jack.asMap());
    assertEquals(Map.of("user_id", "f2"), jill.asMap());
    assertEquals("Bobby", client.hget("U{f1}", "name"),
        "without a transaction the write took effect on the server; the local copy did not change");
  }

  @Test
  void anUnconfiguredConnectionFailsTheFuturesWithInvalidPipeline(RedisClient client) {
    context.connect(client);
    Future<String> onDefault;
    Future<String> onMissing;
    try (Pipeline pipe = context.pipeline()) {
      onDefault = pipe.get("ff:a");
      Pipeline nested = context.pipeline(pipe, "missing");
      onMissing = nested.get("ff:b");
      nested.execute();
      InvalidPipeline e = assertThrows(InvalidPipeline.class, pipe::execute);
      assertSame(e, onDefault.failure());
      assertSame(e, onMissing.failure());
    }
  }

  @Test
  void aFutureSetByUserCodeBeforeExecuteKeepsItsValue(RedisClient client) {
    context.connect(client);
    client.set("ff:string2", "x");
    try (Pipeline pipe = context.pipeline()) {
      Future<String> preset = pipe.get("ff:preset");
      preset.set("mine");
      Future<Long> failing = pipe.incr("ff:string2");
      assertThrows(PipelineFailed.class, pipe::execute);
      assertEquals("mine", preset.get());
      assertTrue(failing.isFailed());
    }
  }

  @Test
  void theFuturesOfDiscardedCommandsFailSayingSo(RedisClient client) {
    context.connect(client);
    List<Future<String>> seen = new ArrayList<>();
    try (Pipeline root = context.pipeline()) {
      assertThrows(IllegalStateException.class, () -> context.autoexec(root, p -> {
        seen.add(p.get("ff:discarded"));
        seen.add(new StringKeyspace<>(TEXT, p).get("k"));
        throw new IllegalStateException("the body fails");
      }));
      Future<String> kept = root.get("ff:kept");
      root.execute();
      assertTrue(kept.isReady());
    }
    Pipeline closed = context.pipeline();
    seen.add(closed.get("ff:never"));
    closed.close();
    for (Future<String> future : seen) {
      assertTrue(future.isFailed(), future.toString());
      assertTrue(future.failure() instanceof InvalidPipeline, future.toString());
      assertTrue(future.failure().getMessage().contains("were discarded: it was closed before it"
          + " was executed"), future.failure().getMessage());
    }
    assertFalse(client.exists("ff:never"));
  }

  @Test
  void userCodeCanFailAFutureOnce() {
    Future<String> future = Future.create();
    Future<Integer> length = future.map(String::length);
    IllegalStateException cause = new IllegalStateException("no profile");
    future.fail("the profile could not be read", cause);
    ResultFailed e = assertThrows(ResultFailed.class, length::get);
    assertEquals("the profile could not be read", e.getMessage());
    assertSame(cause, e.getCause());
    assertEquals("Future[failed: the profile could not be read]", future.toString());
    assertThrows(InvalidOperation.class, () -> future.set("late"));
    assertThrows(InvalidOperation.class, () -> future.fail(cause));
    assertTrue(Future.failed(cause).isFailed());
    assertSame(cause, Future.failed(cause).map(Object::toString).failure());
  }

  @Test
  void allCombinesValuesAndFailsWithTheFirstFailure() {
    Future<String> a = Future.create();
    Future<String> b = Future.create();
    Future<List<String>> both = Future.all(List.of(a, b));
    a.set("x");
    assertFalse(both.isDone());
    b.set(null);
    assertEquals(java.util.Arrays.asList("x", null), both.get());
    Future<String> c = Future.create();
    Future<List<String>> failing = Future.all(List.of(c, Future.completed("y")));
    RuntimeException cause = new RuntimeException("down");
    c.fail(cause);
    assertSame(cause, failing.failure());
    assertEquals(List.of(), Future.all(List.of()).get());
  }
}

package io.redpipe.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidPipeline;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** {@code executeAsync}: the same execute as {@code execute()}, on the context's executor. */
@RedisTest
class ExecuteAsyncTest {
  /** Generous: only a hang would reach it. */
  private static final long WAIT_SECONDS = 60;

  private final RedPipeContext context = RedPipeContext.builder().name("async").build();

  @AfterEach
  void close() {
    context.close();
  }

  @Test
  void theStageCompletesAfterTheFuturesAndCallbacks(RedisClient client) throws Exception {
    context.connect(client);
    List<String> seen = new ArrayList<>();
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<Void> done;
    Future<Long> counter;
    UserStruct ann;
    try (Pipeline pipe = context.pipeline()) {
      counter = pipe.incr("ea:counter");
      ann = UserStruct.create(UserStruct.with("a1").name("Ann"), pipe);
      pipe.onExecute(() -> {
        thread.set(Thread.currentThread().getName());
        seen.add("callback saw " + counter.get());
      });
      done = pipe.executeAsync();
      // Taken at once: queued now, sent by the next execute only.
      pipe.incr("ea:later");
    }
    done.get(WAIT_SECONDS, TimeUnit.SECONDS);
    assertEquals(1L, counter.get());
    assertEquals("Ann", ann.name());
    assertEquals(List.of("callback saw 1"), seen);
    assertTrue(thread.get().startsWith("redpipe-async-async-"), thread.get());
    assertFalse(client.exists("ea:later"), "closing the pipeline discarded what came after");
  }

  @Test
  void aFailedAsyncExecuteFailsTheStageAndTheFutures(RedisClient client) throws Exception {
    context.connect(client);
    client.set("ea:string", "x");
    CompletableFuture<Void> done;
    Future<Long> failing;
    Future<String> other;
    List<String> callbacks = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      other = pipe.get("ea:other");
      failing = pipe.incr("ea:string");
      pipe.onExecute(() -> callbacks.add("ran"));
      done = pipe.executeAsync();
    }
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> done.get(WAIT_SECONDS, TimeUnit.SECONDS));
    PipelineFailed failed = (PipelineFailed) e.getCause();
    assertSame(failed, other.failure());
    assertSame(failed, failing.failure());
    assertEquals(List.of(), callbacks);
  }

  @Test
  void aNestedPipelineHasNoAsyncExecute(RedisClient client) {
    context.connect(client);
    try (Pipeline root = context.pipeline(); Pipeline nested = context.pipeline(root)) {
      InvalidPipeline e = assertThrows(InvalidPipeline.class, nested::executeAsync);
      assertTrue(e.getMessage().startsWith("executeAsync() is for root pipelines"),
          e.getMessage());
    }
  }

  @Test
  void manyConcurrentAsyncExecutesOnOneContextEachSendTheirCommandsOnce(RedisClient client)
      throws Exception {
    context.connect(client);
    int executes = 200;
    int increments = 10;
    List<CompletableFuture<Void>> all = new ArrayList<>();
    List<Future<Long>> last = new ArrayList<>();
    for (int i = 0; i < executes; i++) {
      try (Pipeline pipe = context.pipeline()) {
        Future<Long> latest = null;
        for (int j = 0; j < increments; j++) {
          latest = pipe.incr("ea:many:" + (i % 7));
        }
        last.add(latest);
        all.add(pipe.executeAsync());
      }
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0]))
        .get(WAIT_SECONDS, TimeUnit.SECONDS);
    long total = 0;
    for (int k = 0; k < 7; k++) {
      total += Long.parseLong(client.get("ea:many:" + k));
    }
    assertEquals(executes * increments, total);
    for (Future<Long> future : last) {
      assertTrue(future.get() >= increments, future.toString());
    }
  }

  @Test
  void aUserExecutorRunsTheExecutesAndIsNotShutDownByClose(RedisServer server) throws Exception {
    ExecutorService executor = Executors.newSingleThreadExecutor(task -> {
      Thread thread = new Thread(task, "user-executor");
      thread.setDaemon(true);
      return thread;
    });
    try (RedisClient client = server.newClient()) {
      AtomicReference<String> thread = new AtomicReference<>();
      try (RedPipeContext own = RedPipeContext.builder().asyncExecutor(executor).build()) {
        own.connect(client);
        try (Pipeline pipe = own.pipeline()) {
          pipe.get("ea:user");
          pipe.onExecute(() -> thread.set(Thread.currentThread().getName()));
          pipe.executeAsync().get(WAIT_SECONDS, TimeUnit.SECONDS);
        }
      }
      assertEquals("user-executor", thread.get());
      assertFalse(executor.isShutdown());
    } finally {
      executor.shutdownNow();
    }
  }

  @Test
  void aRefusedTaskFailsTheStageAndTheFutures(RedisClient client) {
    ExecutorService executor = Executors.newSingleThreadExecutor();
    executor.shutdown();
    try (RedPipeContext own = RedPipeContext.builder().asyncExecutor(executor).build()) {
      own.connect(client);
      try (Pipeline pipe = own.pipeline()) {
        Future<String> pong = pipe.get("ea:user");
        CompletableFuture<Void> done = pipe.executeAsync();
        assertTrue(done.isCompletedExceptionally());
        assertTrue(pong.isFailed());
        assertTrue(pong.failure() instanceof java.util.concurrent.RejectedExecutionException);
      }
    }
  }
}

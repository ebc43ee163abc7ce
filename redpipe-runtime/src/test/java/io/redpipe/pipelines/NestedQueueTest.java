package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidPipeline;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import io.redpipe.testkit.RedisTest;
import redis.clients.jedis.RedisClient;

/**
 * Nested pipelines share their root's queue while they are the innermost open one; these tests
 * pin the order and discard semantics of one queue per pipeline (the parent receives a nested
 * pipeline's commands and callbacks when the nested one executes).
 */
@RedisTest
class NestedQueueTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  private static void mark(Pipeline pipe, String key, String marker) {
    pipe.rpush(key, marker);
  }

  private static List<String> sent(RedisClient client, String key) {
    List<String> order = client.lrange(key, 0, -1);
    client.del(key);
    return order;
  }

  @Test
  void parentCommandsQueuedWhileANestedOneIsOpenGoFirst(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:interleaved";
    try (Pipeline root = RedPipe.pipeline()) {
      mark(root, key, "A");
      Pipeline nested = RedPipe.pipeline(root);
      mark(nested, key, "B");
      mark(root, key, "C");
      mark(nested, key, "D");
      nested.execute();
      mark(root, key, "E");
      root.execute();
    }
    assertEquals(List.of("A", "C", "B", "D", "E"), sent(client, key));
  }

  @Test
  void siblingsReachTheParentInTheOrderTheyExecute(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:siblings";
    try (Pipeline root = RedPipe.pipeline()) {
      Pipeline first = RedPipe.pipeline(root);
      mark(first, key, "X1");
      Pipeline second = RedPipe.pipeline(root);
      mark(second, key, "Y1");
      mark(first, key, "X2");
      second.execute();
      first.execute();
      root.execute();
    }
    assertEquals(List.of("Y1", "X1", "X2"), sent(client, key));
  }

  @Test
  void aNestedPipelineClosedWithoutExecuteSendsNothingItOrItsChildrenQueued(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:discard";
    try (Pipeline root = RedPipe.pipeline()) {
      mark(root, key, "keep1");
      try (Pipeline nested = RedPipe.pipeline(root)) {
        mark(nested, key, "drop1");
        RedPipe.autoexec(nested, pipe -> {
          mark(pipe, key, "drop2");
          return null;
        });
        nested.onExecute(() -> mark(root, key, "never"));
      }
      mark(root, key, "keep2");
      root.execute();
    }
    assertEquals(List.of("keep1", "keep2"), sent(client, key));
  }

  @Test
  void anAutoexecBodyThatThrowsSendsNothingItQueued(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:throw";
    List<String> ran = new ArrayList<>();
    try (Pipeline root = RedPipe.pipeline()) {
      mark(root, key, "before");
      assertThrows(IllegalStateException.class, () -> RedPipe.autoexec(root, pipe -> {
        mark(pipe, key, "body");
        RedPipe.autoexec(pipe, inner -> {
          mark(inner, key, "inner");
          inner.onExecute(() -> ran.add("inner callback"));
          return null;
        });
        throw new IllegalStateException("body failed");
      }));
      mark(root, key, "after");
      root.execute();
    }
    assertEquals(List.of("before", "after"), sent(client, key));
    assertTrue(ran.isEmpty());
  }

  @Test
  void aRootExecuteLeavesAnOpenNestedPipelinesQueueForLater(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:later";
    try (Pipeline root = RedPipe.pipeline()) {
      Pipeline nested = RedPipe.pipeline(root);
      Future<Long> pending = nested.rpush(key, "nested");
      mark(root, key, "root");
      root.execute();
      assertFalse(pending.isReady());
      assertEquals(List.of("root"), client.lrange(key, 0, -1));
      nested.execute();
      root.execute();
      assertEquals(2L, pending.get());
    }
    assertEquals(List.of("root", "nested"), sent(client, key));
  }

  @Test
  void callbacksRunInTheOrderTheirPipelinesReachedTheRoot(RedisClient client) {
    RedPipe.connect(client);
    List<String> ran = new ArrayList<>();
    try (Pipeline root = RedPipe.pipeline()) {
      root.onExecute(() -> ran.add("c1"));
      Pipeline nested = RedPipe.pipeline(root);
      nested.onExecute(() -> ran.add("c2"));
      root.onExecute(() -> ran.add("c3"));
      Pipeline inner = RedPipe.pipeline(nested);
      inner.onExecute(() -> ran.add("c4"));
      nested.onExecute(() -> ran.add("c5"));
      inner.execute();
      nested.execute();
      root.execute();
    }
    assertEquals(List.of("c1", "c3", "c2", "c5", "c4"), ran);
  }

  @Test
  void executingANestedPipelineWhoseParentIsClosedFails(RedisClient client) {
    RedPipe.connect(client);
    Pipeline root = RedPipe.pipeline();
    Pipeline nested = RedPipe.pipeline(root);
    nested.incr("nq:closed-parent");
    root.close();
    assertThrows(InvalidPipeline.class, nested::execute);
    assertEquals(null, client.get("nq:closed-parent"));
  }

  @Test
  void aNestedPipelineStaysUsableAfterExecute(RedisClient client) {
    RedPipe.connect(client);
    String key = "nq:reuse";
    try (Pipeline root = RedPipe.pipeline()) {
      try (Pipeline nested = RedPipe.pipeline(root)) {
        mark(nested, key, "1");
        nested.execute();
        mark(root, key, "2");
        mark(nested, key, "3");
        nested.execute();
        mark(nested, key, "dropped");
      }
      root.execute();
    }
    assertEquals(List.of("1", "2", "3"), sent(client, key));
  }
}

package io.redpipe.examples.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class FutureExamplesTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  private static List<String> keys(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> "fut:key" + i).toList();
  }

  @Test
  void incrSumAloneIsReadyOnReturn(RedisClient client) {
    RedPipe.connect(client);
    assertEquals(100L, FutureExamples.incrSum(keys(0, 100), null).get());
    assertEquals(200L, FutureExamples.incrSum(keys(0, 100), null).get());
  }

  @Test
  void incrSumComposedIsFilledWhenTheRootExecutes(RedisClient client) {
    RedPipe.connect(client);
    client.set("fut:key150", "10");
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> first = FutureExamples.incrSum(keys(100, 150), pipe);
      Future<Long> second = FutureExamples.incrSum(keys(150, 200), pipe);
      assertFalse(first.isReady());
      pipe.execute();
      assertEquals(50L, first.get());
      assertEquals(60L, second.get());
    }
  }

  @Test
  void derivedFutureAndCompletionStage(RedisClient client) {
    RedPipe.connect(client);
    assertEquals("fut:d = 0", FutureExamples.describe("fut:d", null).get());
    CompletableFuture<Long> stage = FutureExamples.incrementAsStage("fut:d", null)
        .toCompletableFuture();
    assertTrue(stage.isDone());
    assertEquals(1L, stage.getNow(null));  // done: no wait
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<String> line = FutureExamples.describe("fut:d", pipe);
      assertEquals("Future[pending]", line.toString());
      pipe.execute();
      assertEquals("fut:d = 1", line.get());
    }
  }

  @Test
  void readingTooEarlyThrowsResultNotReady(RedisClient client) {
    RedPipe.connect(client);
    List<String> lines = FutureExamples.readTooEarly("fut:early");
    assertTrue(lines.get(0).startsWith("ResultNotReady: "), lines.toString());
    assertEquals("read 1", lines.get(1));
  }
}

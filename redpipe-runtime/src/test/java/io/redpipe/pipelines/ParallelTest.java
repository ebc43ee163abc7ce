package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.ExecuteTimedOut;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Parallel batches: every task runs; a task stuck past the deadline fails the wait, bounded. */
class ParallelTest {
  @Test
  void runsEveryTaskAndReturnsWhenAllEnded() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      AtomicInteger ran = new AtomicInteger();
      Parallel.run(List.of(ran::incrementAndGet, ran::incrementAndGet, ran::incrementAndGet),
          "test", pool, Deadline.after(Duration.ofSeconds(10)));
      assertEquals(3, ran.get());
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }

  @Test
  void aTaskStuckPastTheDeadlineEndsTheWaitWithATimeout() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(1);
    CountDownLatch release = new CountDownLatch(1);
    try {
      Runnable stuck = () -> {
        try {
          release.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      };
      assertThrows(ExecuteTimedOut.class, () -> Parallel.run(List.of(() -> { }, stuck), "test",
          pool, Deadline.after(Duration.ofMillis(20))));
    } finally {
      release.countDown();
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
  }
}

package io.redpipe.futures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A future completed without a lock while other threads add dependents and stages: every
 * dependent runs exactly once, every stage completes, and only one of two racing sets wins.
 */
class FutureRaceTest {
  private static final int ROUNDS = 3_000;

  @Test
  void dependentsAndStagesAddedWhileCompletingAllRunOnce() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Future<Integer> future = Future.create();
        AtomicInteger mapped = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        java.util.concurrent.Future<Future<Integer>> adder = threads.submit(() -> {
          assertTrue(start.await(10, TimeUnit.SECONDS));
          future.map(v -> mapped.incrementAndGet());
          return future.map(v -> v + 1);
        });
        java.util.concurrent.Future<CompletableFuture<Integer>> staged = threads.submit(() -> {
          assertTrue(start.await(10, TimeUnit.SECONDS));
          return future.toCompletionStage().toCompletableFuture();
        });
        start.countDown();
        future.set(round);
        Future<Integer> derived = adder.get(10, TimeUnit.SECONDS);
        assertEquals(round + 1, derived.get(), "round " + round);
        assertEquals(1, mapped.get(), "round " + round);
        assertEquals(round, staged.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS));
      }
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void ofTwoRacingSetsExactlyOneWins() throws Exception {
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        Future<String> future = Future.create();
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger refused = new AtomicInteger();
        java.util.concurrent.Future<?>[] sets = new java.util.concurrent.Future<?>[2];
        for (int t = 0; t < 2; t++) {
          String value = "v" + t;
          sets[t] = threads.submit(() -> {
            assertTrue(start.await(10, TimeUnit.SECONDS));
            try {
              future.set(value);
            } catch (io.redpipe.InvalidOperation e) {
              refused.incrementAndGet();
            }
            return null;
          });
        }
        start.countDown();
        sets[0].get(10, TimeUnit.SECONDS);
        sets[1].get(10, TimeUnit.SECONDS);
        assertEquals(1, refused.get(), "round " + round);
      }
    } finally {
      threads.shutdownNow();
      threads.awaitTermination(10, TimeUnit.SECONDS);
    }
  }
}

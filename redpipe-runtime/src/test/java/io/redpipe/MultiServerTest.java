package io.redpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/** One root execute across two servers. */
@RedisTest
class MultiServerTest {
  private static RedisServer second;

  @BeforeAll
  static void startSecondServer() {
    second = RedisServers.startLocal();
  }

  @AfterAll
  static void stopSecondServer() {
    second.close();
  }

  @AfterEach
  void resetConnections() {
    RedPipe.reset();
    RedPipe.enableThreads();
  }

  @Test
  void batchesForTwoServersOverlap(RedisServer server) {
    CountingSocketFactory a = new CountingSocketFactory(server.hostAndPort(), RedisProtocol.RESP3);
    CountingSocketFactory b = new CountingSocketFactory(second.hostAndPort(), RedisProtocol.RESP2);
    try (RedisClient first = a.newClient();
        RedisClient other = b.newClient()) {
      RedPipe.connect("ms-a", first);
      RedPipe.connect("ms-b", other);
      // Each batch waits at its flush until the other batch reached its flush too: this only
      // completes when the two batches run at the same time.
      CyclicBarrier bothSending = new CyclicBarrier(2);
      Runnable await = () -> {
        try {
          bothSending.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
          throw new IllegalStateException("the batches did not run in parallel", e);
        }
      };
      a.beforeFlush(await);
      b.beforeFlush(await);
      Future<Long> onA;
      Future<Long> onB;
      try (Pipeline root = RedPipe.pipeline("ms-a")) {
        onA = root.incrBy("ms:a", 5);
        onB = RedPipe.autoexec(root, "ms-b", pipe -> pipe.incrBy("ms:b", 7));
        root.execute();
      }
      assertEquals(5L, onA.get());
      assertEquals(7L, onB.get());
      assertTrue(a.lastFlushStart() < b.lastReadEnd()
          && b.lastFlushStart() < a.lastReadEnd(), "batch intervals overlap");
      a.beforeFlush(() -> {});
      b.beforeFlush(() -> {});
      assertEquals("5", first.get("ms:a"));
      assertEquals("7", other.get("ms:b"));
      assertFalse(first.exists("ms:b"));
    }
  }

  @Test
  void withThreadsDisabledBatchesRunOneAfterTheOther(RedisServer server) {
    CountingSocketFactory a = new CountingSocketFactory(server.hostAndPort(), RedisProtocol.RESP3);
    CountingSocketFactory b = new CountingSocketFactory(second.hostAndPort(), RedisProtocol.RESP3);
    try (RedisClient first = a.newClient();
        RedisClient other = b.newClient()) {
      RedPipe.connect("ms-a", first);
      RedPipe.connect("ms-b", other);
      RedPipe.disableThreads();
      try (Pipeline root = RedPipe.pipeline("ms-a")) {
        Future<String> onA = root.set("ms:seq:a", "1");
        Future<String> onB = RedPipe.autoexec(root, "ms-b", pipe -> pipe.set("ms:seq:b", "2"));
        root.execute();
        assertEquals("OK", onA.get());
        assertEquals("OK", onB.get());
      }
      assertTrue(a.lastReadEnd() < b.lastFlushStart(), "a finished before b started");
    }
  }

  @Test
  void oneServerDownFailsTheWholeExecute(RedisServer server) {
    RedisServer doomed = RedisServers.startLocal();
    List<String> ran = new ArrayList<>();
    try (RedisClient first = server.newClient();
        RedisClient gone = doomed.newClient()) {
      RedPipe.connect("ms-up", first);
      RedPipe.connect("ms-down", gone);
      doomed.close();
      Future<Long> onUp;
      Future<Long> onDown;
      try (Pipeline root = RedPipe.pipeline("ms-up")) {
        onUp = root.incr("ms:down:a");
        onDown = RedPipe.autoexec(root, "ms-down", pipe -> pipe.incr("ms:down:b"));
        root.onExecute(() -> ran.add("callback"));
        PipelineFailed e = assertThrows(PipelineFailed.class, root::execute);
        assertTrue(e.getMessage().contains("on connection 'ms-down'"), e.getMessage());
        assertTrue(e.getMessage().contains("INCR"), e.getMessage());
        assertEquals("ms-down", e.failures().get(0).connection());
      }
      assertTrue(ran.isEmpty());
      assertFalse(onUp.isReady());
      assertFalse(onDown.isReady());
    } finally {
      doomed.close();
    }
  }
}

package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.ExecuteTimedOut;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A cluster of its own (3 masters, 1 replica each): pools too small for the slots of a pipeline,
 * many threads, a master killed and failed over, a master stalled. Each test leaves the cluster
 * healthy, so they pass in any order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultClusterTest {
  /** Only a hang would reach it: a bound on joins, never an assertion on durations. */
  private static final long HANG_SECONDS = 120;

  private RedisClusterFixture cluster;

  @BeforeAll
  void start() {
    cluster = RedisClusterFixture.start(3, 1);
  }

  @AfterAll
  void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private RedisClusterClient client(ConnectionPoolConfig pool) {
    return RedisClusterClient.builder().nodes(cluster.nodes()).poolConfig(pool)
        .clientConfig(DefaultJedisClientConfig.builder().timeoutMillis(1500).build()).build();
  }

  private static RedPipeContext context(RedisClusterClient client, Duration timeout) {
    RedPipeContext context = RedPipeContext.builder().executeTimeout(timeout).build();
    context.connect(client);
    return context;
  }

  /** Keys of {@code count} different slots, all served by {@code master}. */
  private List<String> keysOn(HostAndPort master, String prefix, int count) {
    List<String> keys = new ArrayList<>();
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; keys.size() < count && i < 100_000; i++) {
      String key = prefix + i;
      int slot = JedisClusterCRC16.getSlot(key);
      if (!slots.contains(slot) && cluster.masterFor(slot).equals(master)) {
        slots.add(slot);
        keys.add(key);
      }
    }
    return keys;
  }

  /** A key whose master has a running replica. */
  private String keyOnAReplicatedMaster(String prefix) {
    for (int i = 0; i < 1000; i++) {
      String key = prefix + i;
      if (!cluster.replicasOf(cluster.masterFor(key)).isEmpty()) {
        return key;
      }
    }
    throw new IllegalStateException("no master with a replica in " + cluster);
  }

  private static long incrAll(RedPipeContext context, List<String> keys) {
    List<Future<Long>> values = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      keys.forEach(key -> values.add(pipe.incr(key)));
      pipe.execute();
    }
    long sum = 0;
    for (Future<Long> value : values) {
      sum += value.get();
    }
    return sum;
  }

  @Test
  void onePipelineOverTwoSlotsOfOneMasterNeedsOneConnection() {
    ConnectionPoolConfig one = new ConnectionPoolConfig();
    one.setMaxTotal(1);
    HostAndPort master = cluster.masters().iterator().next();
    List<String> keys = keysOn(master, "fc:one:", 2);
    assertNotEquals(JedisClusterCRC16.getSlot(keys.get(0)), JedisClusterCRC16.getSlot(keys.get(1)));
    try (RedisClusterClient client = client(one);
        RedPipeContext context = context(client, Duration.ofSeconds(5))) {
      assertEquals(2L, incrAll(context, keys));
    }
  }

  @Test
  void sixteenThreadsOnDefaultPoolsRunThirtySlotPipelinesWithoutDeadlock() throws Exception {
    List<String> keys = new ArrayList<>();
    for (HostAndPort master : cluster.masters()) {
      keys.addAll(keysOn(master, "fc:many:", 10));
    }
    int threads = 16;
    int rounds = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (RedisClusterClient client = client(new ConnectionPoolConfig());
        RedPipeContext context = context(client, Duration.ofSeconds(30))) {
      for (int t = 0; t < threads; t++) {
        pool.execute(() -> {
          try {
            for (int r = 0; r < rounds; r++) {
              incrAll(context, keys);
              done.incrementAndGet();
            }
          } catch (Throwable e) {
            failure.compareAndSet(null, e);
          }
        });
      }
      pool.shutdown();
      assertTrue(pool.awaitTermination(HANG_SECONDS, TimeUnit.SECONDS), "the executes hung");
      if (failure.get() != null) {
        throw new AssertionError(failure.get());
      }
      assertEquals(threads * rounds, done.get());
      assertEquals(String.valueOf(threads * rounds), client.get(keys.get(0)));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anUnsentNodeBatchGoesToTheNewMasterInTheSameExecute() {
    String key = keyOnAReplicatedMaster("fc:failover:");
    try (RedisClusterClient client = client(new ConnectionPoolConfig());
        RedPipeContext context = context(client, Duration.ofSeconds(5))) {
      assertEquals(1L, incrAll(context, List.of(key)));
      HostAndPort old = cluster.masterFor(key);
      client.getClusterNodes().get(old.toString()).clear();  // no idle connection to it
      HostAndPort promoted = cluster.killMaster(old);
      assertEquals(promoted, cluster.masterFor(key));
      // The context's slot map still names the dead master: the batch can't get a connection
      // there (nothing written), so RedPipe reloads the map and sends it to the new master.
      assertEquals(2L, incrAll(context, List.of(key)), "the replica had the write");
    } finally {
      cluster.awaitHealthy();
    }
  }

  @Test
  void afterAFailoverOnlyTheExecuteThatMeetsTheDeadMasterFails() {
    String key = keyOnAReplicatedMaster("fc:failover-idle:");
    try (RedisClusterClient client = client(new ConnectionPoolConfig());
        RedPipeContext context = context(client, Duration.ofSeconds(5))) {
      assertEquals(1L, incrAll(context, List.of(key)));   // an idle connection to the master
      cluster.killMaster(cluster.masterFor(key));
      // That idle connection faces a dead server: an execute written to it may fail (it is
      // never resent: RedPipe can't know what the server did with it), and it reloads the map
      // and destroys the pool's idle connections, so the next executes succeed.
      try {
        incrAll(context, List.of(key));
      } catch (PipelineFailed expected) {
        assertTrue(expected.getMessage().contains(key), expected.getMessage());
      }
      long before = Long.parseLong(client.get(key));
      for (int i = 1; i <= 5; i++) {
        assertEquals(before + i, incrAll(context, List.of(key)));
      }
    } finally {
      cluster.awaitHealthy();
    }
  }

  @Test
  void aFailoverDuringAStreamOfPipelinesFailsSomeWholeAndTheRestSucceed() throws Exception {
    String key = keyOnAReplicatedMaster("fc:stream:");
    List<String> keys = new ArrayList<>(List.of(key));
    for (HostAndPort master : cluster.masters()) {
      keys.addAll(keysOn(master, "fc:stream-other:", 3));
    }
    AtomicInteger succeeded = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger afterHealthy = new AtomicInteger(-1);
    AtomicInteger failedAfterHealthy = new AtomicInteger();
    AtomicReference<PipelineFailed> lastFailure = new AtomicReference<>();
    AtomicReference<Throwable> wrong = new AtomicReference<>();
    try (RedisClusterClient client = client(new ConnectionPoolConfig());
        RedPipeContext context = context(client, Duration.ofSeconds(2))) {
      Thread stream = new Thread(() -> {
        for (int i = 0; i < 100_000 && afterHealthy.get() < 50; i++) {
          List<Future<Long>> values = new ArrayList<>();
          try (Pipeline pipe = context.pipeline()) {
            keys.forEach(k -> values.add(pipe.incr(k)));
            try {
              pipe.execute();
              values.forEach(Future::get);  // every future has its value
              succeeded.incrementAndGet();
              if (afterHealthy.get() >= 0) {
                afterHealthy.incrementAndGet();
              }
            } catch (PipelineFailed e) {
              failed.incrementAndGet();
              values.forEach(v -> assertTrue(v.isFailed(), "a failed execute fails every future"));
              if (afterHealthy.get() >= 0 && failedAfterHealthy.incrementAndGet() == 3) {
                lastFailure.set(e);
              }
            }
          } catch (Throwable e) {
            wrong.compareAndSet(null, e);
            return;
          }
        }
      }, "fault-stream");
      stream.start();
      cluster.killMaster(cluster.masterFor(key));
      afterHealthy.set(0);
      stream.join(TimeUnit.SECONDS.toMillis(HANG_SECONDS));
      assertTrue(!stream.isAlive(), "the stream hung");
      if (wrong.get() != null) {
        throw new AssertionError(wrong.get());
      }
      // Once the cluster is healthy, at most the execute in flight and the one that meets an
      // idle connection to the dead master (or a map refreshed less than 200 ms before) fail.
      assertTrue(failedAfterHealthy.get() <= 2, failedAfterHealthy.get() + " executes failed"
          + " after the cluster was healthy again; the third: " + lastFailure.get());
      assertTrue(afterHealthy.get() >= 50, "executes after the failover: " + afterHealthy.get()
          + " (succeeded " + succeeded.get() + ", failed " + failed.get() + ")");
    } finally {
      cluster.awaitHealthy();
    }
  }

  @Test
  void aStalledMasterCostsOneTimeoutPerExecute() {
    HostAndPort master = cluster.masters().iterator().next();
    List<String> keys = keysOn(master, "fc:stall:", 10);
    try (RedisClusterClient client = client(new ConnectionPoolConfig());
        RedPipeContext context = context(client, Duration.ofMillis(400))) {
      incrAll(context, keys);  // idle connections wait in the node's pool
      cluster.pauseNode(master);
      PipelineFailed failed;
      try {
        failed = assertThrows(PipelineFailed.class, () -> incrAll(context, keys));
      } finally {
        cluster.resumeNode(master);
      }
      assertEquals(1, failed.failures().size(), failed.getMessage());
      assertInstanceOf(ExecuteTimedOut.class, failed.failures().get(0).cause(), failed.getMessage());
      assertTrue(failed.getMessage().contains("for cluster node " + master), failed.getMessage());
    } finally {
      cluster.awaitHealthy();
    }
  }
}

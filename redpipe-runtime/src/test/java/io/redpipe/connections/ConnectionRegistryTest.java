package io.redpipe.connections;

import io.redpipe.RedPipeContext;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.AlreadyConnected;
import io.redpipe.InvalidPipeline;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.providers.PooledConnectionProvider;
import redis.clients.jedis.util.JedisURIHelper;

@RedisTest
class ConnectionRegistryTest {
  private final RedPipeContext context = RedPipeContext.builder().name("registry-test").build();
  private final ConnectionRegistry registry = context.connections();

  @AfterEach
  void closeContext() {
    context.close();
  }

  @Test
  void detectsTheProtocolOfEachClient(RedisServer server) {
    try (RedisClient resp2 = server.newClient(RedisProtocol.RESP2);
        RedisClient resp3 = server.newClient(RedisProtocol.RESP3)) {
      registry.connect("two", resp2, false);
      registry.connect("three", resp3, true);
      assertEquals(RedisProtocol.RESP2, registry.get("two").protocol());
      assertEquals(RedisProtocol.RESP3, registry.get("three").protocol());
      assertTrue(registry.get("three").transaction());
    }
  }

  @Test
  void theSameClientOrEndpointAgainIsANoOp(RedisServer server, RedisClient client) {
    registry.connect(null, client, false);
    Connection first = registry.get("");
    registry.connect("", client, false);
    assertSame(first, registry.get(""));
    try (RedisClient sameServer = server.newClient()) {
      registry.connect("", sameServer, false);
      assertSame(first, registry.get(""));
    }
    registry.connect("alias", client, false);
    assertSame(client, registry.get("alias").client());
  }

  @Test
  void anotherServerUnderAUsedNameIsRefused(RedisClient client) {
    registry.connect("users", client, false);
    try (RedisServer other = RedisServers.startLocal();
        RedisClient otherClient = other.newClient()) {
      AlreadyConnected e = assertThrows(AlreadyConnected.class,
          () -> registry.connect("users", otherClient, false));
      assertEquals("can't change connection 'users' of RedPipeContext 'registry-test': it is"
          + " already connected to another server; call context.disconnect(\"users\") first",
          e.getMessage());
      assertSame(client, registry.get("users").client());
    }
  }

  @Test
  void disconnectIsIdempotentAndResetRemovesAll(RedisClient client) {
    registry.connect("a", client, false, RedisProtocol.RESP3);
    registry.connect("b", client, false, RedisProtocol.RESP3);
    registry.disconnect("a");
    registry.disconnect("a");
    assertNull(registry.find("a"));
    registry.reset();
    assertNull(registry.find("b"));
    InvalidPipeline e = assertThrows(InvalidPipeline.class, () -> registry.get("b"));
    assertEquals("connection 'b' of RedPipeContext 'registry-test' is not configured: call"
        + " context.connect(\"b\", client) before creating pipelines", e.getMessage());
  }

  /** Any UnifiedJedis works, e.g. one over a pool of its own (what JedisPooled was before 8.0). */
  @Test
  void aPlainPooledUnifiedJedisServesPipelines(RedisServer server) {
    PooledConnectionProvider provider = new PooledConnectionProvider(server.hostAndPort(),
        DefaultJedisClientConfig.builder().user(JedisURIHelper.getUser(server.uri()))
            .password(JedisURIHelper.getPassword(server.uri())).build());
    try (UnifiedJedis pooled = new UnifiedJedis(provider, 1, Duration.ofSeconds(5))) {
      registry.connect("pooled", pooled, false);
      registry.connect("pooled-tx", pooled, true);
      String key = "crt:pooled:" + System.nanoTime();
      // Two names, two batches sent at the same time: each name gets its own key.
      try (Pipeline pipe = Pipelines.root(context, "pooled")) {
        Future<Long> plain = pipe.incr(key + ":plain");
        Pipeline nested = Pipelines.nested(context, pipe, "pooled-tx");
        Future<Long> first = nested.incr(key + ":tx");
        Future<Long> second = nested.incr(key + ":tx");
        nested.execute();
        pipe.execute();
        assertEquals(1L, plain.get());
        assertEquals(1L, first.get());
        assertEquals(2L, second.get());
      }
      pooled.del(key + ":plain", key + ":tx");
    }
  }

  @Test
  void concurrentConnectsAndDisconnectsKeepTheRegistryConsistent(RedisClient client)
      throws Exception {
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String own = "own-" + t;
        done.add(pool.submit(() -> {
          assertTrue(start.await(10, TimeUnit.SECONDS));
          for (int i = 0; i < 500; i++) {
            registry.connect("shared", client, false, RedisProtocol.RESP3);
            registry.connect(own, client, i % 2 == 0, RedisProtocol.RESP3);
            assertSame(client, registry.get(own).client());
            assertSame(client, registry.get("shared").client());
            registry.disconnect(own);
            assertNull(registry.find(own));
          }
          registry.connect(own, client, true, RedisProtocol.RESP3);
          return null;
        }));
      }
      start.countDown();
      for (java.util.concurrent.Future<?> result : done) {
        result.get();
      }
    } finally {
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, TimeUnit.MINUTES));
    }
    for (int t = 0; t < threads; t++) {
      assertTrue(registry.get("own-" + t).transaction());
    }
    assertSame(client, registry.get("shared").client());
  }
}

package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisConnectionException;

@RedisTest
class LatencyProxyTest {
  private static final Duration HALF_A_MILLISECOND = Duration.ofNanos(500_000);

  @Test
  void forwardsCommandsAndHoldsEveryChunkForTheDelay(RedisServer server) {
    try (LatencyProxy proxy = LatencyProxy.start(server.host(), server.port(), HALF_A_MILLISECOND);
         RedisClient client = clientThrough(proxy, server)) {
      assertEquals("PONG", client.ping());
      client.set("proxy:greeting", "hello");
      assertEquals("hello", client.get("proxy:greeting"));

      LatencyProxy.Stats stats = proxy.stats();
      assertTrue(stats.connections() >= 1, stats.toString());
      assertTrue(stats.chunks() >= 6, "3 requests and 3 replies at least: " + stats);
      assertTrue(stats.bytes() > 0, stats.toString());
      assertTrue(stats.shortestHold().compareTo(HALF_A_MILLISECOND) >= 0,
          "a chunk left the proxy before its delay: " + stats);
      assertEquals(HALF_A_MILLISECOND, proxy.oneWayDelay());
    }
  }

  @Test
  void aThousandCommandPipelineStreamsThroughInOrder(RedisServer server) {
    try (LatencyProxy proxy = LatencyProxy.start(server.host(), server.port(), HALF_A_MILLISECOND);
         RedisClient client = clientThrough(proxy, server)) {
      List<Response<Long>> counts = new ArrayList<>();
      List<Response<String>> values = new ArrayList<>();
      try (AbstractPipeline pipe = client.pipelined()) {
        for (int i = 0; i < 500; i++) {
          counts.add(pipe.incr("proxy:counter"));
          pipe.set("proxy:key:" + i, "value-" + i);
        }
        for (int i = 0; i < 500; i++) {
          values.add(pipe.get("proxy:key:" + i));
        }
        pipe.sync();
      }
      for (int i = 0; i < 500; i++) {
        assertEquals(i + 1, counts.get(i).get());
        assertEquals("value-" + i, values.get(i).get());
      }
      LatencyProxy.Stats stats = proxy.stats();
      assertTrue(stats.shortestHold().compareTo(HALF_A_MILLISECOND) >= 0, stats.toString());
    }
  }

  @Test
  void largeValuesArriveIntact(RedisServer server) {
    byte[] value = new byte[3 * 1024 * 1024 + 17];
    for (int i = 0; i < value.length; i++) {
      value[i] = (byte) (i * 31 + 7);
    }
    byte[] key = "proxy:large".getBytes(StandardCharsets.UTF_8);
    try (LatencyProxy proxy = LatencyProxy.start(server.host(), server.port(), HALF_A_MILLISECOND);
         RedisClient client = clientThrough(proxy, server)) {
      client.set(key, value);
      assertArrayEquals(value, client.get(key));
      assertTrue(proxy.stats().bytes() > 2L * value.length, proxy.stats().toString());
    }
  }

  @Test
  void closeStopsEveryThreadAndConnection(RedisServer server) {
    LatencyProxy proxy = LatencyProxy.start(server.host(), server.port(), Duration.ZERO);
    RedisClient client = clientThrough(proxy, server);
    try {
      assertEquals("PONG", client.ping());
      assertTrue(proxy.isRunning());
      proxy.close();
      assertFalse(proxy.isRunning());
      assertThrows(JedisConnectionException.class, client::ping);
    } finally {
      client.close();
      proxy.close();
    }
  }

  @Test
  void anUnreachableTargetClosesTheClientConnection() {
    int nobodyListens = RedisProcess.freePort();
    try (LatencyProxy proxy = LatencyProxy.start("127.0.0.1", nobodyListens, Duration.ZERO);
         RedisClient client = RedisClient.builder().hostAndPort(proxy.hostAndPort()).build()) {
      assertThrows(JedisConnectionException.class, client::ping);
    }
  }

  @Test
  void rejectsANegativeDelayAndABadPort() {
    IllegalArgumentException delay = assertThrows(IllegalArgumentException.class,
        () -> LatencyProxy.start("127.0.0.1", 6379, Duration.ofMillis(-1)));
    assertTrue(delay.getMessage().contains("oneWayDelay"), delay.getMessage());
    IllegalArgumentException port = assertThrows(IllegalArgumentException.class,
        () -> LatencyProxy.start("127.0.0.1", 0, Duration.ZERO));
    assertTrue(port.getMessage().contains("targetPort is 0"), port.getMessage());
  }

  private static RedisClient clientThrough(LatencyProxy proxy, RedisServer server) {
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
    Credentials.of(server.uri()).applyTo(config);
    return RedisClient.builder().hostAndPort(proxy.hostAndPort()).clientConfig(config.build())
        .build();
  }
}

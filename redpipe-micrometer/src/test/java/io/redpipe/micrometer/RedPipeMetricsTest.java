package io.redpipe.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.util.JedisClusterCRC16;

@RedisTest
@RedisClusterTest
class RedPipeMetricsTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private RedPipeContext context(RedPipeMetrics metrics) {
    metrics.bindTo(registry);
    return RedPipeContext.builder().name("app").listener(metrics).build();
  }

  @Test
  void executesAndBatchesAreTimedAndCounted(RedisServer server, RedisClient client) {
    try (RedPipeContext context = context(RedPipeMetrics.builder().build())) {
      context.connect(client);
      context.connect("stats", client, true);
      for (int i = 0; i < 3; i++) {
        try (Pipeline pipe = context.pipeline()) {
          pipe.incr("mm:a");
          pipe.incr("mm:b");
          Pipeline stats = context.pipeline(pipe, "stats");
          stats.incr("mm:stats");
          stats.execute();
          pipe.execute();
        }
      }
      Timer executes = registry.get("redpipe.execute").tags("context", "app", "outcome", "success")
          .timer();
      assertEquals(3, executes.count());
      assertTrue(executes.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) > 0);
      DistributionSummary commands = registry.get("redpipe.execute.commands").summary();
      assertEquals(3, commands.count());
      assertEquals(3.0, commands.max());
      DistributionSummary trips = registry.get("redpipe.execute.round.trips").summary();
      assertEquals(2.0, trips.max(), "one per connection");
      assertEquals(3, registry.get("redpipe.batch").tags("connection", "default").timer().count());
      assertEquals(3, registry.get("redpipe.batch").tags("connection", "stats").timer().count());
      assertNull(registry.find("redpipe.batch").tagKeys("server").timer(), "no server tag");
    }
  }

  @Test
  void failedCommandsAndTheServerTagWhenAskedFor(RedisServer server, RedisClient client) {
    try (RedPipeContext context = context(RedPipeMetrics.builder().serverTag(true)
        .tags(Tags.of("application", "shop")).build())) {
      context.connect(client);
      client.set("mm:string", "x");
      try (Pipeline pipe = context.pipeline()) {
        pipe.incr("mm:string");
        pipe.hget("mm:string", "f");
        pipe.get("mm:fine");
        assertThrows(PipelineFailed.class, pipe::execute);
      }
      assertEquals(1, registry.get("redpipe.execute")
          .tags("outcome", "command_failed", "application", "shop").timer().count());
      assertEquals(2.0, registry.get("redpipe.commands.failed").tags("connection", "default")
          .counter().count());
      assertNotNull(registry.find("redpipe.batch")
          .tags("server", server.hostAndPort().toString(), "outcome", "command_failed").timer());
    }
  }

  @Test
  void clusterRedirectsAreCounted(RedisClusterFixture cluster) {
    try (RedisClusterClient client = cluster.newClient();
        RedPipeContext context = context(RedPipeMetrics.builder().build())) {
      context.connect("c", client);
      String tag = "{mm-moved}";
      int slot = JedisClusterCRC16.getSlot(tag);
      try (Pipeline pipe = context.pipeline("c")) {
        pipe.set("a" + tag, "1");
        pipe.execute();
      }
      HostAndPort target = cluster.masters().stream()
          .filter(m -> !m.equals(cluster.masterFor(slot))).findFirst().orElseThrow();
      cluster.migrateSlot(slot, target);
      try (Pipeline pipe = context.pipeline("c")) {
        pipe.get("a" + tag);
        pipe.execute();
      }
      assertEquals(1.0, registry.get("redpipe.redirects").tags("type", "moved", "connection", "c")
          .counter().count());
      assertEquals(2.0, registry.get("redpipe.execute.round.trips").summary().max());
    }
  }

  @Test
  void anUnboundListenerRecordsNothing(RedisClient client) {
    RedPipeMetrics unbound = RedPipeMetrics.builder().build();
    try (RedPipeContext context = RedPipeContext.builder().listener(unbound).build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        pipe.incr("mm:unbound");
        pipe.execute();
      }
    }
    assertTrue(registry.getMeters().isEmpty());
  }
}

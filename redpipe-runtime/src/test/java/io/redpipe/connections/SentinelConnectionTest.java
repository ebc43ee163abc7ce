package io.redpipe.connections;

import io.redpipe.RedPipeContext;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.testkit.RedisSentinel;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisSentinelClient;

/**
 * A {@code RedisSentinelClient} serves pipelines: a local master and a real sentinel (the
 * testkit's {@link RedisSentinel}: the redis-server binary in sentinel mode) that monitors it.
 */
class SentinelConnectionTest {
  private static final String MASTER = "redpipe-master";

  @Test
  void aSentinelClientServesPipelines() {
    try (RedPipeContext context = RedPipeContext.create();
        RedisServer master = RedisServers.startLocal();
        RedisSentinel sentinel = RedisSentinel.monitor(MASTER, master);
        RedisSentinelClient client = RedisSentinelClient.builder().masterName(MASTER)
            .sentinels(Set.of(sentinel.hostAndPort())).build()) {
      context.connect("sentinel", client, false);
      context.connect("sentinel-tx", client, true);
      try (Pipeline pipe = Pipelines.root(context, "sentinel")) {
        Future<Long> first = pipe.incr("sentinel:counter");
        Pipeline nested = Pipelines.nested(context, pipe, "sentinel-tx");
        Future<List<String>> pushed = nested.lrange("sentinel:list", 0, -1);
        nested.rpush("sentinel:list", "a");
        nested.execute();
        pipe.execute();
        assertEquals(1L, first.get());
        assertEquals(List.of(), pushed.get());
      }
      assertEquals(List.of("a"), client.lrange("sentinel:list", 0, -1));
    }
  }
}

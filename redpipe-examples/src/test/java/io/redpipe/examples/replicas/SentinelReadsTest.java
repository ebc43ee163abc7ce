package io.redpipe.examples.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.testkit.RedisSentinel;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.ServerCounters;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/** A private master, a real replica and a real sentinel monitoring them. */
class SentinelReadsTest {
  private static long gets(RedisClient server) {
    return ServerCounters.calls(server::info, "get");
  }

  @Test
  void readsGoToTheReportedReplicaAndALatestPageToTheMaster() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startReplicaOf(masterServer);
        RedisSentinel sentinel = RedisSentinel.monitor("pages", masterServer);
        RedisClient master = masterServer.newClient();
        RedisClient replica = replicaServer.newClient();
        RedPipeContext context = RedPipeContext.builder().build();
        SentinelReads reads = SentinelReads.connect(context, "pages",
            Set.of(sentinel.hostAndPort()), DefaultJedisClientConfig.builder().build(),
            DefaultJedisClientConfig.builder().build())) {
      sentinel.awaitReplicas(1, Duration.ofSeconds(20));
      master.set("page:1:title", "Home");
      assertEquals(1L, ReadReplicas.view("1", context).get(), "the write ran on the master");
      master.waitReplicas("page:1:views", 1, 10_000);
      long replicaGets = gets(replica);
      long masterGets = gets(master);
      assertEquals(Arrays.asList("Home", "1"), ReadReplicas.page("1", context).get());
      assertEquals(replicaGets + 2, gets(replica), "both reads ran on the replica");
      assertEquals(List.of(replicaServer.hostAndPort()), reads.replicas());
      assertEquals(Arrays.asList("Home", "1"), SentinelReads.latestPage(context, "1"));
      assertEquals(masterGets + 2, gets(master), "the latest page: read on the master");
    }
  }
}

package io.redpipe.examples.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipeContext;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.ServerCounters;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/** A private master and a real replica of it (REPLICAOF). */
class ReadReplicasTest {
  private static long gets(RedisClient server) {
    return ServerCounters.calls(server::info, "get");
  }

  @Test
  void readsGoToTheReplicaAndWritesToTheMaster() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startPrivate();
        RedisClient master = masterServer.newClient();
        RedisClient replica = replicaServer.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      try (Jedis admin = new Jedis(replicaServer.hostAndPort())) {
        admin.replicaof(masterServer.host(), masterServer.port());
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (!replica.info("replication").contains("master_link_status:up")) {
        assertTrue(System.nanoTime() < deadline, "the replica did not sync within 20 s");
        LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
      }
      ReadReplicas.connect(context, master, replica);
      master.set("page:1:title", "Home");
      assertEquals(1L, ReadReplicas.view("1", context).get(), "the write ran on the master");
      master.waitReplicas("page:1:views", 1, 10_000);  // the replica has the write
      long replicaGets = gets(replica);
      assertEquals(Arrays.asList("Home", "1"), ReadReplicas.page("1", context).get());
      assertEquals(replicaGets + 2, gets(replica), "both reads ran on the replica");
    }
  }
}

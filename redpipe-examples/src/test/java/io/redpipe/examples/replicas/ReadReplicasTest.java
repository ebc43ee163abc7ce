package io.redpipe.examples.replicas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.ServerCounters;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** A private master and a real replica of it (the testkit's startReplicaOf). */
class ReadReplicasTest {
  private static long gets(RedisClient server) {
    return ServerCounters.calls(server::info, "get");
  }

  @Test
  void readsGoToTheReplicaAndWritesToTheMaster() {
    try (RedisServer masterServer = RedisServers.startPrivate();
        RedisServer replicaServer = RedisServers.startReplicaOf(masterServer);
        RedisClient master = masterServer.newClient();
        RedisClient replica = replicaServer.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
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

package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;

/** A master stopped after the commands were queued: the execute fails as a whole. */
class ClusterNodeFailureTest {

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void aStoppedMasterFailsTheExecuteNamingItAndFillsNoFuture() {
    try (RedisClusterFixture cluster = RedisClusterFixture.start(3, 0);
        RedisClusterClient client = cluster.newClient()) {
      RedPipe.connect("c", client);
      client.set("warm", "up");
      HostAndPort victim = cluster.masterFor("down:0");
      List<Future<Long>> futures = new ArrayList<>();
      List<String> ran = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline("c")) {
        for (int i = 0; i < 30; i++) {
          futures.add(pipe.incr("down:" + i));
        }
        pipe.onExecute(() -> ran.add("callback"));
        cluster.stopNode(victim);
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains(victim.toString()), failed.getMessage());
        assertTrue(failed.getMessage().contains("INCR b'down:"), failed.getMessage());
        assertFalse(failed.failures().isEmpty());
      }
      futures.forEach(future -> assertFalse(future.isReady()));
      assertEquals(List.of(), ran);
    }
  }
}

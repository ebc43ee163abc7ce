package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterTest;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;

/** Two single servers and a cluster, each a named connection, in one root execute. */
@RedisTest
@RedisClusterTest
class ServersAndClusterTest {

  @AfterEach
  void reset() {
    RedPipe.enableThreads();
    RedPipe.reset();
  }

  @Test
  void oneRootExecuteFillsTheFuturesOfEveryConnectionInOrder(RedisClient first,
      RedisClusterClient cluster) {
    try (RedisServer secondServer = RedisServers.startLocal();
        RedisClient second = secondServer.newClient()) {
      RedPipe.connect("sessions", first);
      RedPipe.connect("stats", second);
      RedPipe.connect("users", cluster);
      for (boolean threads : new boolean[] {true, false}) {
        if (!threads) {
          RedPipe.disableThreads();
        }
        List<Future<Long>> futures = new ArrayList<>();
        try (Pipeline root = RedPipe.pipeline()) {
          for (int i = 0; i < 10; i++) {
            futures.add(RedPipe.autoexec(root, "sessions", p -> p.incr("mix:s")));
            futures.add(RedPipe.autoexec(root, "users", p -> p.incr("mix:u")));
            futures.add(RedPipe.autoexec(root, "stats", p -> p.incrBy("mix:t", 2)));
          }
          root.execute();
        }
        long offset = threads ? 0 : 10;
        for (int i = 0; i < 10; i++) {
          assertEquals(offset + i + 1, futures.get(3 * i).get());
          assertEquals(offset + i + 1, futures.get(3 * i + 1).get());
          assertEquals(2 * (offset + i + 1), futures.get(3 * i + 2).get());
        }
      }
      assertEquals("40", second.get("mix:t"));
      assertEquals("20", cluster.get("mix:u"));
    }
  }
}

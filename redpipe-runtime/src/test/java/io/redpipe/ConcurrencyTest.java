package io.redpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class ConcurrencyTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void eightThreadsEachWithTheirOwnPipelines(RedisClient client) throws Exception {
    RedPipe.connect(client);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int thread = t;
        done.add(threads.submit(() -> {
          int checked = 0;
          for (int i = 0; i < 2000; i++) {
            String key = "cc:" + thread + ":" + i;
            try (Pipeline pipe = RedPipe.pipeline()) {
              Future<Long> incremented = pipe.incrBy(key, i);
              Future<String> echoed = RedPipe.autoexec(pipe, p -> {
                p.set(key + ":s", key);
                return p.get(key + ":s");
              });
              pipe.execute();
              assertEquals(i, incremented.get());
              assertEquals(key, echoed.get());
              checked++;
            }
          }
          return checked;
        }));
      }
      for (java.util.concurrent.Future<Integer> result : done) {
        assertEquals(2000, result.get());
      }
    } finally {
      threads.shutdown();
      assertEquals(true, threads.awaitTermination(1, TimeUnit.MINUTES));
    }
  }
}

package io.redpipe.examples;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * The demo the README's first command runs: an embedded Redis unless {@code REDIS_URL} is set.
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo and exits 0, or 1 with a message when the server cannot be used. */
  public static void main(String[] args) {
    String url = System.getenv("REDIS_URL");
    try (RedisServer server = url == null || url.isBlank()
        ? RedisServers.startLocal() : RedisServers.fromUrl(url)) {
      run(server, System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("demo: " + e.getMessage());
      System.exit(1);
    }
  }

  /** Runs the demo against {@code server}, writing to {@code out}. */
  public static void run(RedisServer server, PrintStream out) {
    out.println("RedPipe demo on " + server);
    try (RedisClient client = server.newClient()) {
      RedPipe.connect(client);
      List<Future<Long>> counters = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int i = 0; i < 5; i++) {
          counters.add(pipe.incr("demo:counter:" + i));    // queued, nothing sent yet
        }
        pipe.execute();                                     // one round trip
      }
      out.println("5 INCR commands in one round trip: " + counters.stream()
          .map(Future::get).toList());
      client.del("demo:counter:0", "demo:counter:1", "demo:counter:2", "demo:counter:3",
          "demo:counter:4");
    } finally {
      RedPipe.reset();
    }
  }
}

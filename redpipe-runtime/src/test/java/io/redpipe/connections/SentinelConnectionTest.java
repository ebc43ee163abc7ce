package io.redpipe.connections;

import io.redpipe.RedPipeContext;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.testkit.RedisBinaries;
import io.redpipe.testkit.RedisProcess;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisSentinelClient;

/**
 * A {@code RedisSentinelClient} serves pipelines: a local master and a real sentinel (the
 * redis-server binary in sentinel mode) that monitors it.
 */
class SentinelConnectionTest {
  private static final String MASTER = "redpipe-master";

  @Test
  void aSentinelClientServesPipelines() throws Exception {
    try (RedPipeContext context = RedPipeContext.create();
        RedisServer master = RedisServers.startLocal()) {
      Path dir = Files.createTempDirectory("redpipe-sentinel-");
      int port = RedisProcess.freePort();
      Path config = dir.resolve("sentinel.conf");
      Files.writeString(config, String.join("\n",
          "port " + port,
          "bind 127.0.0.1",
          "dir " + dir,
          "sentinel monitor " + MASTER + " 127.0.0.1 " + master.port() + " 1",
          ""));
      Process sentinel = new ProcessBuilder(RedisBinaries.best().toString(), config.toString(),
          "--sentinel")
          .redirectErrorStream(true)
          .redirectOutput(dir.resolve("sentinel.log").toFile())
          .start();
      try {
        awaitMaster(sentinel, port, master.port());
        try (RedisSentinelClient client = RedisSentinelClient.builder().masterName(MASTER)
            .sentinels(Set.of(new HostAndPort("127.0.0.1", port))).build()) {
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
      } finally {
        sentinel.destroy();
        sentinel.waitFor(10, TimeUnit.SECONDS);
        deleteTree(dir);
      }
    }
  }

  /** Waits until the sentinel answers with the master's address. */
  private static void awaitMaster(Process sentinel, int port, int masterPort)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      if (!sentinel.isAlive()) {
        throw new IllegalStateException("redis-server --sentinel exited: " + sentinel.exitValue());
      }
      try (Jedis jedis = new Jedis("127.0.0.1", port)) {
        List<String> address = jedis.sentinelGetMasterAddrByName(MASTER);
        if (address != null && address.equals(List.of("127.0.0.1", String.valueOf(masterPort)))) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      sentinel.waitFor(50, TimeUnit.MILLISECONDS);
    }
    throw new IllegalStateException("the sentinel did not answer within 15 s", last);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }
  }
}

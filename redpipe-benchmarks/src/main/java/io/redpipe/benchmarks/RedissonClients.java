package io.redpipe.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.redisson.Redisson;
import org.redisson.api.RFuture;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.redisson.config.Config;
import redis.clients.jedis.HostAndPort;

/** Redisson clients (string codec by default) for both servers. */
@State(Scope.Benchmark)
public class RedissonClients {
  RedissonClient a;
  RedissonClient b;

  /** Connects to both servers. */
  @Setup(Level.Trial)
  public void connect(Fixture fixture) {
    a = create(fixture.a());
    b = create(fixture.b());
  }

  /** Shuts both clients down. */
  @TearDown(Level.Trial)
  public void close() {
    a.shutdown();
    b.shutdown();
  }

  /** The value of a future of a batch that was executed. */
  static <T> T value(RFuture<T> future) {
    try {
      return future.toCompletableFuture().get(30, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("a Redisson batch future did not complete", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static RedissonClient create(HostAndPort address) {
    Config config = new Config();
    config.setCodec(StringCodec.INSTANCE);
    config.useSingleServer()
        .setAddress("redis://" + address.getHost() + ":" + address.getPort())
        .setConnectionMinimumIdleSize(2)
        .setConnectionPoolSize(4)
        .setSubscriptionConnectionMinimumIdleSize(0);
    RedissonClient client = Redisson.create(config);
    client.getBucket("warm-up").isExists();
    return client;
  }
}

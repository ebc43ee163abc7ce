package io.redpipe.benchmarks;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/** Raw Jedis 8 {@code RedisClient}s (pooled, RESP2 like every other client here) for both servers. */
@State(Scope.Benchmark)
public class JedisClients {
  RedisClient a;
  RedisClient b;

  /** Connects to both servers and warms each pool with one PING. */
  @Setup(Level.Trial)
  public void connect(Fixture fixture) {
    a = create(fixture.a());
    b = create(fixture.b());
  }

  /** Closes both clients. */
  @TearDown(Level.Trial)
  public void close() {
    a.close();
    b.close();
  }

  static RedisClient create(HostAndPort address) {
    RedisClient client = RedisClient.builder()
        .hostAndPort(address)
        .clientConfig(DefaultJedisClientConfig.builder().protocol(RedisProtocol.RESP2).build())
        .build();
    client.ping();
    return client;
  }
}

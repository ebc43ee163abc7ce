package io.redpipe.benchmarks;

import io.redpipe.RedPipe;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * RedPipe's default connection on the first server and connection {@value #B} on the second,
 * each on a Jedis {@code RedisClient} of its own configured exactly like {@link JedisClients}.
 */
@State(Scope.Benchmark)
public class RedPipeConnections {
  /** The name of the connection to the second server. */
  static final String B = "b";

  private RedisClient a;
  private RedisClient b;

  /** Connects RedPipe to both servers. */
  @Setup(Level.Trial)
  public void connect(Fixture fixture) {
    a = JedisClients.create(fixture.a());
    b = JedisClients.create(fixture.b());
    RedPipe.connect(RedPipe.DEFAULT, a, false, RedisProtocol.RESP2);
    RedPipe.connect(B, b, false, RedisProtocol.RESP2);
  }

  /** Removes the connections and closes the clients. */
  @TearDown(Level.Trial)
  public void close() {
    RedPipe.reset();
    a.close();
    b.close();
  }
}

package io.redpipe.benchmarks;

import io.redpipe.testkit.LatencyProxy;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.time.Duration;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

/**
 * Two real Redis servers started for one benchmark trial (as the tests start them) and, for the
 * {@code rtt1ms} network, a {@link LatencyProxy} in front of each holding every chunk 0.5 ms each
 * way. Every client of every library connects to {@link #a()} and {@link #b()}, which are the
 * proxies or the servers themselves. The data set of {@link Workload} is written before the
 * trial starts.
 */
@State(Scope.Benchmark)
public class Fixture {
  /** {@code loopback}: straight to Redis; {@code rtt1ms}: through a proxy adding 1 ms per round trip. */
  @Param({"loopback", "rtt1ms"})
  public String network;

  private RedisServer serverA;
  private RedisServer serverB;
  private LatencyProxy proxyA;
  private LatencyProxy proxyB;

  /** Starts the servers (and proxies) and writes the data set. */
  @Setup(Level.Trial)
  public void start() {
    serverA = RedisServers.startLocal();
    serverB = RedisServers.startLocal();
    switch (network) {
      case "loopback":
        break;
      case "rtt1ms":
        Duration oneWay = Duration.ofNanos(500_000);
        proxyA = LatencyProxy.start(serverA.host(), serverA.port(), oneWay);
        proxyB = LatencyProxy.start(serverB.host(), serverB.port(), oneWay);
        break;
      default:
        throw new IllegalArgumentException(
            "network '" + network + "' is not known: expected loopback or rtt1ms");
    }
    for (RedisServer server : new RedisServer[] {serverA, serverB}) {
      try (RedisClient client = server.newClient()) {
        client.flushAll();
        Workload.seed(client);
      }
    }
  }

  /** Stops the proxies and the servers. */
  @TearDown(Level.Trial)
  public void stop() {
    if (proxyA != null) {
      proxyA.close();
    }
    if (proxyB != null) {
      proxyB.close();
    }
    serverA.close();
    serverB.close();
  }

  /** Where clients of the first server connect: its proxy on {@code rtt1ms}, else the server. */
  public HostAndPort a() {
    return proxyA != null ? proxyA.hostAndPort() : serverA.hostAndPort();
  }

  /** Where clients of the second server connect. */
  public HostAndPort b() {
    return proxyB != null ? proxyB.hostAndPort() : serverB.hostAndPort();
  }

  /** The first server's version, e.g. {@code 7.0.15}. */
  public String redisVersion() {
    return serverA.version();
  }
}

package io.redpipe.benchmarks;

import io.redpipe.testkit.LatencyProxy;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Locale;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
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
 *
 * <p>When the environment variable {@value #CPU_FILE} names a file, each trial appends one line
 * to it: the benchmark, its parameters and the share of one CPU this JVM used during the
 * measurement iterations (client CPU; the proxies, when there are any, run in this JVM too).
 */
@State(Scope.Benchmark)
public class Fixture {
  /** {@code loopback}: straight to Redis; {@code rtt1ms}: through a proxy adding 1 ms per round trip. */
  @Param({"loopback", "rtt1ms"})
  public String network;

  /** The environment variable naming the file that client CPU shares are appended to. */
  public static final String CPU_FILE = "REDPIPE_BENCH_CPU_FILE";

  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private long iterationCpuStart;
  private long iterationWallStart;
  private long measuredCpu;
  private long measuredWall;

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

  /** Notes this JVM's CPU time at the start of an iteration. */
  @Setup(Level.Iteration)
  public void startIteration() {
    iterationCpuStart = os.getProcessCpuTime();
    iterationWallStart = System.nanoTime();
  }

  /** Adds a measurement iteration's CPU and wall time. */
  @TearDown(Level.Iteration)
  public void endIteration(IterationParams iteration) {
    if (iteration.getType() == IterationType.MEASUREMENT) {
      measuredCpu += os.getProcessCpuTime() - iterationCpuStart;
      measuredWall += System.nanoTime() - iterationWallStart;
    }
  }

  /** Appends the client CPU share of this trial to {@value #CPU_FILE}, when set. */
  @TearDown(Level.Trial)
  public void reportCpu(BenchmarkParams benchmark) {
    String file = System.getenv(CPU_FILE);
    if (file == null || file.isBlank() || measuredWall == 0) {
      return;
    }
    StringBuilder line = new StringBuilder(benchmark.getBenchmark());
    for (String key : benchmark.getParamsKeys()) {
      line.append('\t').append(key).append('=').append(benchmark.getParam(key));
    }
    line.append('\t').append(String.format(Locale.ROOT, "%.4f", (double) measuredCpu / measuredWall))
        .append('\n');
    try {
      Files.writeString(Path.of(file), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append client CPU to " + file, e);
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

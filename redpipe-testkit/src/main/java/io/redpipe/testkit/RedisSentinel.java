package io.redpipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;

/**
 * A real Redis Sentinel ({@code redis-server sentinel.conf --sentinel}) on a free loopback port,
 * monitoring one master under a name, with a configuration file of its own in a temporary
 * directory (a sentinel rewrites it as its view changes). Started from the same binary as the
 * testkit's servers ({@link RedisBinaries#best()}), under the same watchdog as
 * {@link RedisProcess}, so it never outlives the JVM. {@link #close()} stops it and deletes its
 * files. Every wait is bounded.
 *
 * <pre>{@code
 * try (RedisServer master = RedisServers.startPrivate();
 *     RedisServer replica = RedisServers.startReplicaOf(master);
 *     RedisSentinel sentinel = RedisSentinel.monitor("orders", master)) {
 *   sentinel.awaitReplicas(1, Duration.ofSeconds(20));
 *   ...
 * }
 * }</pre>
 *
 * <p>A binary that does not run in sentinel mode (it starts, but {@code INFO server} does not say
 * {@code redis_mode:sentinel}) aborts the calling test with a JUnit assumption that says so.
 */
public final class RedisSentinel implements AutoCloseable {
  /** How long {@link #monitor} waits for the sentinel to report the master. */
  public static final Duration START_TIMEOUT = Duration.ofSeconds(15);

  private final String masterName;
  private final Path configDir;
  private final RedisProcess process;

  private RedisSentinel(String masterName, Path configDir, RedisProcess process) {
    this.masterName = masterName;
    this.configDir = configDir;
    this.process = process;
  }

  /**
   * Starts a sentinel monitoring {@code master} under {@code masterName} with quorum 1 (it alone
   * decides), {@code down-after-milliseconds} 5000 and {@code failover-timeout} 10000, and waits
   * (bounded by {@link #START_TIMEOUT}) until it reports the master's address. Start the
   * master's replicas before it: a sentinel learns them from the master's {@code INFO}, at once
   * on its first connection, afterwards every 10 s.
   *
   * @param masterName the name clients ask the sentinel for
   * @param master the master, on the loopback interface
   * @param configLines more lines of the sentinel's configuration, e.g.
   *     {@code "sentinel auth-pass orders <password>"} when the master requires a password
   * @return the sentinel, running; the caller closes it
   * @throws IllegalStateException when it does not start or does not report the master in time
   * @throws org.opentest4j.TestAbortedException when the binary does not run in sentinel mode
   */
  public static RedisSentinel monitor(String masterName, RedisServer master,
      String... configLines) {
    Objects.requireNonNull(masterName, "masterName");
    Path dir;
    try {
      dir = Files.createTempDirectory("redpipe-sentinel-");
      List<String> lines = new ArrayList<>(List.of(
          "sentinel monitor " + masterName + " " + master.host() + " " + master.port() + " 1",
          "sentinel down-after-milliseconds " + masterName + " 5000",
          "sentinel failover-timeout " + masterName + " 10000",
          "sentinel parallel-syncs " + masterName + " 1"));
      lines.addAll(List.of(configLines));
      lines.add("");
      Files.writeString(dir.resolve("sentinel.conf"), String.join("\n", lines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a sentinel configuration", e);
    }
    RedisProcess process;
    try {
      process = RedisProcess.startWithConfig(RedisBinaries.best(), dir.resolve("sentinel.conf"),
          "--sentinel");
    } catch (RuntimeException e) {
      RedisProcess.deleteTree(dir);
      throw e;
    }
    RedisSentinel sentinel = new RedisSentinel(masterName, dir, process);
    try {
      String mode = sentinel.call(jedis -> jedis.info("server"));
      Assumptions.assumeTrue(mode.contains("redis_mode:sentinel"), () -> process.binary()
          + " does not run as a sentinel (its INFO server has no redis_mode:sentinel); the"
          + " sentinel tests need a redis-server that does, e.g. Redis 6.2 or newer on the PATH");
      sentinel.awaitMaster(master.hostAndPort(), START_TIMEOUT);
    } catch (RuntimeException | Error e) {
      sentinel.close();
      throw e;
    }
    return sentinel;
  }

  /**
   * The name the sentinel monitors the master under.
   *
   * @return the master's name
   */
  public String masterName() {
    return masterName;
  }

  /**
   * The sentinel's loopback port.
   *
   * @return the port
   */
  public int port() {
    return process.port();
  }

  /**
   * The sentinel's address, to give a {@code RedisSentinelClient}.
   *
   * @return {@code 127.0.0.1:port}
   */
  public HostAndPort hostAndPort() {
    return new HostAndPort("127.0.0.1", process.port());
  }

  /**
   * The master's address as the sentinel reports it ({@code SENTINEL GET-MASTER-ADDR-BY-NAME}).
   *
   * @return the master's address, or {@code null} when the sentinel knows none
   */
  public HostAndPort master() {
    List<String> address = call(jedis -> jedis.sentinelGetMasterAddrByName(masterName));
    return address == null || address.size() < 2 ? null
        : new HostAndPort(address.get(0), Integer.parseInt(address.get(1)));
  }

  /**
   * The replicas as the sentinel reports them ({@code SENTINEL REPLICAS}): one map of fields
   * ({@code ip}, {@code port}, {@code flags}, {@code master-link-status}, ...) per replica.
   *
   * @return the replicas the sentinel knows, up or not
   */
  public List<Map<String, String>> replicas() {
    return call(jedis -> jedis.sentinelReplicas(masterName));
  }

  /**
   * The replicas the sentinel reports healthy: flagged only {@code slave} (not down nor
   * disconnected) with {@code master-link-status} {@code ok}.
   *
   * @return their addresses
   */
  public List<HostAndPort> healthyReplicas() {
    List<HostAndPort> healthy = new ArrayList<>();
    for (Map<String, String> replica : replicas()) {
      if ("slave".equals(replica.get("flags"))
          && "ok".equals(replica.get("master-link-status"))) {
        healthy.add(new HostAndPort(replica.get("ip"), Integer.parseInt(replica.get("port"))));
      }
    }
    return healthy;
  }

  /**
   * Waits until the sentinel reports at least {@code count} healthy replicas (see
   * {@link #healthyReplicas()}).
   *
   * @param count how many
   * @param timeout the longest wait
   * @return the healthy replicas then
   * @throws IllegalStateException when they are not there in time, with what the sentinel said
   */
  public List<HostAndPort> awaitReplicas(int count, Duration timeout) {
    Polling.await(count + " healthy replica(s) of " + masterName + " reported by " + this,
        timeout, () -> healthyReplicas().size() >= count ? null : "the sentinel reports "
            + replicas());
    return healthyReplicas();
  }

  /**
   * Waits until the sentinel reports {@code expected} as the master.
   *
   * @param expected the master's address
   * @param timeout the longest wait
   * @throws IllegalStateException when it does not in time
   */
  public void awaitMaster(HostAndPort expected, Duration timeout) {
    Polling.await(this + " to report the master at " + expected, timeout, () -> {
      HostAndPort reported = master();
      return expected.equals(reported) ? null : "it reports " + reported;
    });
  }

  /**
   * Fails the master over ({@code SENTINEL FAILOVER}: one of its healthy replicas is promoted,
   * the others are told to replicate it, the old master becomes a replica when the sentinel
   * reconfigures it, some seconds later) and waits until the sentinel reports a new master.
   *
   * @param timeout the longest wait
   * @return the new master's address
   * @throws IllegalStateException when the sentinel refuses, or reports no new master in time
   */
  public HostAndPort failover(Duration timeout) {
    HostAndPort old = master();
    call(jedis -> jedis.sentinelFailover(masterName));
    Polling.await(this + " to fail " + masterName + " over from " + old, timeout, () -> {
      HostAndPort reported = master();
      return reported != null && !reported.equals(old) ? null : "it reports " + reported;
    });
    return master();
  }

  /**
   * What the sentinel logged so far.
   *
   * @return its log
   */
  public String log() {
    return process.log();
  }

  private <T> T call(java.util.function.Function<Jedis, T> command) {
    try (Jedis jedis = new Jedis(hostAndPort(),
        DefaultJedisClientConfig.builder().serverDefaultProtocol().timeoutMillis(2000).build())) {
      return command.apply(jedis);
    }
  }

  /** Stops the sentinel and deletes its files. Safe to call more than once. */
  @Override
  public void close() {
    process.close();
    RedisProcess.deleteTree(configDir);
  }

  @Override
  public String toString() {
    return "redis sentinel on 127.0.0.1:" + process.port() + " (" + masterName + ")";
  }
}

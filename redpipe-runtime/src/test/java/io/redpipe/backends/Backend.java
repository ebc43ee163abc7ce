package io.redpipe.backends;

import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisServer;
import java.util.Objects;
import org.junit.jupiter.api.Assumptions;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * The Redis a suite runs against in one invocation of a {@link OnBothBackends} class: the shared
 * single server or the shared three-master cluster of the testkit.
 */
public final class Backend {
  private final String name;
  private final RedisServer server;
  private final RedisClusterFixture cluster;
  private final UnifiedJedis client;

  private Backend(String name, RedisServer server, RedisClusterFixture cluster) {
    this.name = name;
    this.server = server;
    this.cluster = cluster;
    this.client = cluster != null ? cluster.newClient() : server.newClient();
  }

  static Backend single(RedisServer server) {
    return new Backend("single", Objects.requireNonNull(server, "server"), null);
  }

  static Backend cluster(RedisClusterFixture cluster) {
    return new Backend("cluster", null, Objects.requireNonNull(cluster, "cluster"));
  }

  /** {@code "single"} or {@code "cluster"}. */
  public String name() {
    return name;
  }

  /** Whether this is the Redis Cluster. */
  public boolean isCluster() {
    return cluster != null;
  }

  /**
   * The client of this invocation (the client library's default protocol), connected as
   * RedPipe's default connection before each test.
   */
  public UnifiedJedis client() {
    return client;
  }

  /**
   * A new client that speaks {@code protocol}: a {@code RedisClient} on the single server, a
   * {@code RedisClusterClient} on the cluster. The caller closes it.
   */
  public UnifiedJedis newClient(RedisProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return isCluster() ? cluster.newClient(protocol) : server.newClient(protocol);
  }

  /** The {@code redis_version} of the server, or of the cluster's first master. */
  public String version() {
    if (!isCluster()) {
      return server.version();
    }
    HostAndPort master = cluster.masters().iterator().next();
    try (Jedis node = cluster.connect(master)) {
      for (String line : node.info("server").split("\r?\n")) {
        if (line.startsWith("redis_version:")) {
          return line.substring("redis_version:".length()).trim();
        }
      }
    }
    throw new IllegalStateException("INFO server of " + master + " has no redis_version line");
  }

  /** Whether the version is {@code minimum} or newer (numeric comparison of dotted parts). */
  public boolean isAtLeast(String minimum) {
    String[] have = version().split("\\.");
    String[] want = minimum.split("\\.");
    for (int i = 0; i < Math.max(have.length, want.length); i++) {
      int h = i < have.length ? Integer.parseInt(have[i]) : 0;
      int w = i < want.length ? Integer.parseInt(want[i]) : 0;
      if (h != w) {
        return h > w;
      }
    }
    return true;
  }

  /**
   * Skips the calling test on the cluster, saying why it needs one server (a keyless command, a
   * transaction, or keys of several slots in one command).
   */
  public void assumeSingleServer(String why) {
    Assumptions.assumeFalse(isCluster(), () -> "single server only: " + why);
  }

  void close() {
    client.close();
  }

  @Override
  public String toString() {
    return name;
  }
}

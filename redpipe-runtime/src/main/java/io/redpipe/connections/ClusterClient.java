package io.redpipe.connections;

import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * The parts of a Redis Cluster client that RedPipe routes batches with: the pools of its nodes
 * and a refresh of its own view of the cluster (RedPipe keeps its slot map itself, see
 * {@link ClusterTopology}). Wraps Jedis 8's
 * {@link RedisClusterClient} or the older {@link JedisCluster}, which offer the same methods
 * without a common type.
 */
public final class ClusterClient {
  private final RedisClusterClient client;
  private final JedisCluster legacy;

  private ClusterClient(RedisClusterClient client, JedisCluster legacy) {
    this.client = client;
    this.legacy = legacy;
  }

  /** Whether {@code client} talks to a Redis Cluster. */
  public static boolean isCluster(UnifiedJedis client) {
    return client instanceof RedisClusterClient || client instanceof JedisCluster;
  }

  /**
   * Wraps a cluster client.
   *
   * @throws IllegalArgumentException when {@code client} is not a cluster client
   */
  public static ClusterClient of(UnifiedJedis client) {
    Objects.requireNonNull(client, "client");
    if (client instanceof RedisClusterClient) {
      return new ClusterClient((RedisClusterClient) client, null);
    }
    if (client instanceof JedisCluster) {
      return new ClusterClient(null, (JedisCluster) client);
    }
    throw new IllegalArgumentException(client.getClass().getName() + " is not a Redis Cluster"
        + " client: use RedisClusterClient or JedisCluster");
  }

  /** The pools of the nodes the client knows, by {@code host:port}. */
  public Map<String, ConnectionPool> nodePools() {
    return client != null ? client.getClusterNodes() : legacy.getClusterNodes();
  }

  /** Asks the cluster for the current slot map and replaces the client's copy. */
  public void refreshSlotMap() {
    if (client != null) {
      client.refreshClusterTopology();
    } else {
      legacy.refreshClusterTopology();
    }
  }
}

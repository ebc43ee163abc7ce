package io.redpipe.connections;

import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisClusterOperationException;

/**
 * The parts of a Redis Cluster client that RedPipe routes batches with: a pooled connection to
 * the master of a slot or to a given node, and a refresh of the slot map. Wraps Jedis 8's
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

  /**
   * Borrows a connection to the master that serves {@code slot} in the client's slot map; close
   * it to give it back.
   */
  public redis.clients.jedis.Connection connectionForSlot(int slot) {
    return client != null ? client.getConnectionFromSlot(slot) : legacy.getConnectionFromSlot(slot);
  }

  /**
   * Borrows a connection to {@code node}, which must be a node of the cluster as the client knows
   * it; close it to give it back.
   *
   * @throws JedisClusterOperationException when the client knows no such node
   */
  public redis.clients.jedis.Connection connectionTo(HostAndPort node) {
    Objects.requireNonNull(node, "node");
    Map<String, ConnectionPool> nodes =
        client != null ? client.getClusterNodes() : legacy.getClusterNodes();
    ConnectionPool pool = nodes.get(node.toString());
    if (pool == null) {
      throw new JedisClusterOperationException("the cluster client knows no node " + node
          + "; its nodes are " + nodes.keySet());
    }
    return pool.getResource();
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

package io.redpipe.connections;

import java.util.Map;
import java.util.Objects;
import redis.clients.jedis.ClusterCommandObjects;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.Pool;

/**
 * A named connection: the Jedis client, whether batches run as MULTI/EXEC transactions, and
 * the protocol the client speaks, which decides how replies are decoded.
 */
public final class Connection {
  private final String name;
  private final UnifiedJedis client;
  private final boolean transaction;
  private final RedisProtocol protocol;
  private volatile CommandObjects commandObjects;
  private volatile ClusterTopology topology;
  private volatile ServerPool serverPool;
  private volatile Replicas replicas = Replicas.NONE;

  Connection(String name, UnifiedJedis client, boolean transaction, RedisProtocol protocol) {
    this.name = Objects.requireNonNull(name, "name");
    this.client = Objects.requireNonNull(client, "client");
    this.transaction = transaction;
    this.protocol = Objects.requireNonNull(protocol, "protocol");
  }

  /** The connection's name; {@code ""} for the default connection. */
  public String name() {
    return name;
  }

  /** The Jedis client that executes this connection's batches. */
  public UnifiedJedis client() {
    return client;
  }

  /** Whether each batch is sent inside MULTI/EXEC. */
  public boolean transaction() {
    return transaction;
  }

  /** The protocol (RESP2 or RESP3) the client speaks. */
  public RedisProtocol protocol() {
    return protocol;
  }

  /** Whether the client talks to a Redis Cluster. */
  public boolean isCluster() {
    return ClusterClient.isCluster(client);
  }

  /**
   * The cluster routing view of the client.
   *
   * @throws IllegalStateException when the client is not a cluster client
   */
  public ClusterClient cluster() {
    if (!isCluster()) {
      throw new IllegalStateException(describe(name) + " is not a Redis Cluster connection");
    }
    return ClusterClient.of(client);
  }

  /**
   * RedPipe's view of the cluster this connection talks to: slot map and node pools, kept per
   * connection (so per context), refreshed on redirects and connection failures.
   *
   * @return the topology
   * @throws IllegalStateException when the client is not a cluster client
   */
  public ClusterTopology topology() {
    ClusterTopology current = topology;
    if (current == null) {
      synchronized (this) {
        current = topology;
        if (current == null) {
          current = new ClusterTopology(cluster());
          topology = current;
        }
      }
    }
    return current;
  }

  /**
   * The pool of the single server this connection's batches go to: a {@code RedisClient}'s pool,
   * or the pool of a {@code RedisSentinelClient}'s current master.
   *
   * @return the pool, or {@code null} for a cluster client or a {@code UnifiedJedis} whose
   *     connections RedPipe can't borrow (its batches then go through Jedis's own pipeline,
   *     without the execute timeout on writes)
   */
  public ServerPool serverPool() {
    Pool<redis.clients.jedis.Connection> pool;
    if (client instanceof RedisClient) {
      pool = ((RedisClient) client).getPool();
    } else if (client instanceof RedisSentinelClient) {
      Map<?, Pool<redis.clients.jedis.Connection>> masters =
          ((RedisSentinelClient) client).getPrimaryNodesConnectionMap();
      pool = masters.size() == 1 ? masters.values().iterator().next() : null;
    } else {
      pool = null;
    }
    if (pool == null) {
      return null;
    }
    ServerPool current = serverPool;
    if (current == null || !current.wraps(pool)) {
      current = new ServerPool(pool, null);
      serverPool = current;
    }
    return current;
  }

  /**
   * Names this single-server connection's replicas and where its read-only batches go: a root
   * execute's batch for this connection whose every command Jedis flags {@code READONLY} goes to
   * a replica (they take turns) unless {@code readFrom} is {@link ReadFrom#MASTER}; any other
   * batch, and every batch of a transaction connection, goes to the master. On a cluster
   * connection the replicas are those the slot map lists for each master (give no clients); a
   * node batch of read-only commands goes to a replica of its master, on a connection switched
   * to {@code READONLY}. A replica may lag behind the master. Applies to the executes that start
   * afterwards; a pipeline may override the policy for its own executes
   * ({@link io.redpipe.pipelines.Pipeline#readFrom(ReadFrom)}). Connecting the same client again
   * under the name (e.g. with another {@code transaction} flag) keeps it; a name disconnected and
   * connected again starts with {@link ReadFrom#MASTER}.
   *
   * @param readFrom the policy
   * @param replicas clients of the replicas (the application owns and closes them); none on a
   *     cluster connection
   * @throws IllegalStateException on a client whose connections RedPipe can't borrow
   * @throws IllegalArgumentException when replica clients are given for a cluster connection
   * @throws NullPointerException when an argument or a replica is null
   */
  public void readFrom(ReadFrom readFrom, RedisClient... replicas) {
    if (isCluster()) {
      if (replicas.length > 0) {
        throw new IllegalArgumentException(describe(name) + " is a Redis Cluster connection:"
            + " its replicas are the ones the slot map lists; call readFrom(policy) without"
            + " replica clients");
      }
      this.replicas = Replicas.ofCluster(readFrom);
      return;
    }
    checkSingleServer();
    this.replicas = Replicas.of(readFrom, replicas);
  }

  /**
   * Reads from the replicas that Sentinel reports for this connection's master, by
   * {@code readFrom} (see {@link #readFrom(ReadFrom, RedisClient...)} for which batches go
   * there). The connection's client is usually a {@code RedisSentinelClient} of the same master
   * name: its batches that go to the master follow Jedis's view of the master, and a failover
   * (a new master) makes RedPipe ask the sentinels for the replicas again. See
   * {@link SentinelReplicas} for when else they are asked.
   *
   * @param readFrom the policy
   * @param replicas the sentinels' replicas (the application owns and closes them)
   * @throws IllegalArgumentException on a cluster connection, or when the replicas' client
   *     configuration names another protocol than the client speaks
   * @throws IllegalStateException on a client whose connections RedPipe can't borrow
   */
  public void readFrom(ReadFrom readFrom, SentinelReplicas replicas) {
    Objects.requireNonNull(readFrom, "readFrom");
    Objects.requireNonNull(replicas, "replicas");
    if (isCluster()) {
      throw new IllegalArgumentException(describe(name) + " is a Redis Cluster connection:"
          + " its replicas are the ones the slot map lists, not a Sentinel's; call"
          + " readFrom(policy)");
    }
    checkSingleServer();
    RedisProtocol spoken = replicas.protocol();
    if (spoken != null && spoken != protocol) {
      throw new IllegalArgumentException(describe(name) + " speaks " + protocol + ", and the"
          + " replicas' client configuration asks for " + spoken + ": the replies of its commands"
          + " are decoded one way; give replicaClientConfig the protocol the client speaks");
    }
    this.replicas = Replicas.ofSentinel(readFrom, replicas);
  }

  private void checkSingleServer() {
    if (serverPool() == null) {
      throw new IllegalStateException(describe(name) + " can't read from replicas: only a"
          + " RedisClient, RedisSentinelClient or cluster connection can");
    }
  }

  /** Keeps the replicas and policy of {@code previous} (the same client, connected again). */
  void keepReplicasOf(Connection previous) {
    this.replicas = previous.replicas;
  }

  /**
   * The master this single-server connection's batches go to now: a {@code RedisSentinelClient}'s
   * current master (it follows failovers), else the server its pool's connections talk to.
   *
   * @return the address, or {@code null} while unknown (or on a cluster connection)
   */
  public HostAndPort masterAddress() {
    if (client instanceof RedisSentinelClient) {
      return ((RedisSentinelClient) client).getCurrentMaster();
    }
    ServerPool pool = isCluster() ? null : serverPool();
    return pool == null ? null : pool.address();
  }

  /**
   * The replicas and the policy set by {@link #readFrom}.
   *
   * @return the replicas; none and {@link ReadFrom#MASTER} by default
   */
  public Replicas replicas() {
    return replicas;
  }

  /**
   * The command builders pipelines on this connection use, built once: Jedis's
   * {@code CommandObjects} holds no per-command state, and building one costs about 1.6 kB.
   * Pipelines share it: do not reconfigure it.
   */
  public CommandObjects commandObjects() {
    CommandObjects built = commandObjects;
    if (built == null) {
      built = newCommandObjects();
      commandObjects = built;
    }
    return built;
  }

  /**
   * Returns new command builders for this connection: cluster-aware for cluster clients, with
   * reply decoding for the connection's protocol.
   */
  public CommandObjects newCommandObjects() {
    return isCluster() ? new ClusterCommandObjects(protocol) : new CommandObjects(protocol);
  }

  /** Returns a human-readable name: {@code "default"} or {@code 'name'}. */
  public static String describe(String name) {
    return name == null || name.isEmpty() ? "the default connection" : "connection '" + name + "'";
  }

  @Override
  public String toString() {
    return describe(name) + (transaction ? " (transaction)" : "") + " " + protocol;
  }
}

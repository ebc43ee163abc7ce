package io.redpipe.connections;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisProtocol;

/**
 * The replicas that Sentinel reports for one master, for a connection to read from
 * ({@link Connection#readFrom(ReadFrom, SentinelReplicas)}). RedPipe asks a sentinel
 * {@code SENTINEL REPLICAS <master>} and reads from the replicas it reports healthy: not flagged
 * {@code s_down}, {@code o_down}, {@code disconnected} or {@code promoted}, with
 * {@code master-link-status ok}, and not the current master.
 *
 * <pre>{@code
 * SentinelReplicas replicas = SentinelReplicas.builder("orders", sentinels)
 *     .sentinelClientConfig(sentinelConfig)     // how to reach the sentinels
 *     .replicaClientConfig(dataConfig)          // how to reach the replicas (data nodes)
 *     .build();
 * context.connect("orders", sentinelClient);    // a RedisSentinelClient of the same master
 * context.connection("orders").readFrom(ReadFrom.PREFER_REPLICA, replicas);
 * }</pre>
 *
 * <p><b>When the list is asked again.</b> At the first read-only batch that may go to a replica,
 * then: after a batch on a replica failed, when the connection's master changed (a failover:
 * the promoted replica is now the master; the replicas' idle connections are dropped then, since
 * a sentinel ends the connections of the replicas it reconfigures), and when the list is older
 * than
 * {@link Builder#refreshEvery(Duration)}. Never more often than {@link #MIN_REFRESH_INTERVAL}, and
 * within the execute's deadline; concurrent executes share one question, and while a list is
 * known, an execute never waits for another's question. The sentinels are asked in turn, the one
 * that answered last first. When none answers, the last list stays in use.
 *
 * <p>The application owns this object and closes it, which closes the replicas' and sentinels'
 * pools (not the connection's client). Messages name servers by {@code host:port} only, never a
 * credential.
 */
public final class SentinelReplicas implements AutoCloseable {
  /** The shortest time between two questions to the sentinels. */
  public static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(1);

  private static final Set<String> UNHEALTHY = Set.of("s_down", "o_down", "disconnected",
      "promoted");

  private final String masterName;
  private final List<HostAndPort> sentinels;
  private final JedisClientConfig sentinelConfig;
  private final JedisClientConfig replicaConfig;
  private final GenericObjectPoolConfig<redis.clients.jedis.Connection> poolConfig;
  private final long refreshEveryNanos;
  private final Map<HostAndPort, ConnectionPool> jedisPools = new ConcurrentHashMap<>();
  private final Map<HostAndPort, ServerPool> pools = new ConcurrentHashMap<>();
  private final ReentrantLock refreshing = new ReentrantLock();
  /** The last list, or {@code null} before a sentinel answered. */
  private volatile Known known;
  private volatile boolean stale;
  private volatile long lastAttempt = System.nanoTime() - 2 * MIN_REFRESH_INTERVAL.toNanos();
  private volatile HostAndPort lastAnswered;
  private volatile String lastFailure;
  private volatile boolean closed;

  /** A list of replicas, the master it was asked for and when. */
  private static final class Known {
    final List<HostAndPort> replicas;
    final HostAndPort master;
    final long at;

    Known(List<HostAndPort> replicas, HostAndPort master, long at) {
      this.replicas = replicas;
      this.master = master;
      this.at = at;
    }
  }

  private SentinelReplicas(Builder builder) {
    this.masterName = builder.masterName;
    this.sentinels = List.copyOf(builder.sentinels);
    this.sentinelConfig = builder.sentinelConfig;
    this.replicaConfig = builder.replicaConfig;
    this.poolConfig = builder.poolConfig;
    this.refreshEveryNanos = builder.refreshEvery.toNanos();
  }

  /**
   * Starts describing the replicas of {@code masterName} that {@code sentinels} report.
   *
   * @param masterName the name the sentinels monitor the master under
   * @param sentinels the sentinels' addresses (at least one)
   * @return a builder
   * @throws IllegalArgumentException when there is no sentinel or the name is blank
   */
  public static Builder builder(String masterName, Set<HostAndPort> sentinels) {
    return new Builder(masterName, sentinels);
  }

  /**
   * The master's name.
   *
   * @return the name the sentinels monitor it under
   */
  public String masterName() {
    return masterName;
  }

  /**
   * The replicas read from now: the healthy ones the last answer listed.
   *
   * @return their addresses; empty before a sentinel answered
   */
  public List<HostAndPort> replicas() {
    Known current = known;
    return current == null ? List.of() : current.replicas;
  }

  /**
   * The replicas' pools to read from, asking the sentinels first when that is due.
   *
   * @param call how to ask a sentinel, within the execute's deadline
   * @param master the connection's master now, or {@code null} when unknown
   * @param maxWait how long to wait for another execute's question when no list is known
   */
  List<ServerPool> current(NodeCall call, HostAndPort master, Duration maxWait) {
    Known current = known;
    if (!closed && due(current, master)) {
      refresh(call, master, current == null ? maxWait : Duration.ZERO);
      current = known;
    }
    if (current == null || closed) {
      return List.of();
    }
    List<ServerPool> found = new ArrayList<>(current.replicas.size());
    for (HostAndPort replica : current.replicas) {
      if (!replica.equals(master)) {  // promoted since the list was asked for
        found.add(pool(replica));
      }
    }
    return found;
  }

  /** The protocol the replicas' configuration asks for, or {@code null} (the server's). */
  RedisProtocol protocol() {
    return replicaConfig.getRedisProtocol();
  }

  /** Marks the list for asking again: a batch on one of its replicas failed. */
  void failed() {
    stale = true;
  }

  /** Why no replica is known, for messages; names servers by address only. */
  String describeNone() {
    String base = "the sentinels " + sentinels + " report no healthy replica of '" + masterName
        + "'";
    String failure = lastFailure;
    return failure == null ? base : base + " (last question: " + failure + ")";
  }

  private boolean due(Known current, HostAndPort master) {
    return current == null || stale || (master != null && !master.equals(current.master))
        || System.nanoTime() - current.at > refreshEveryNanos;
  }

  private void refresh(NodeCall call, HostAndPort master, Duration maxWait) {
    try {
      if (!refreshing.tryLock(maxWait.toNanos(), TimeUnit.NANOSECONDS)) {
        return;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    try {
      if (!due(known, master) || System.nanoTime() - lastAttempt < MIN_REFRESH_INTERVAL.toNanos()) {
        return;  // another execute asked meanwhile, or asked too recently
      }
      lastAttempt = System.nanoTime();
      Known before = known;
      boolean failedOver = before != null && master != null && !master.equals(before.master);
      for (HostAndPort sentinel : order()) {
        try {
          Object reply = call.call(sentinelPool(sentinel),
              new CommandArguments(Protocol.Command.SENTINEL).add("REPLICAS").add(masterName));
          List<HostAndPort> healthy = SentinelReplies.healthy(reply, master, UNHEALTHY);
          known = new Known(List.copyOf(healthy), master, System.nanoTime());
          stale = false;
          lastAnswered = sentinel;
          lastFailure = null;
          closeUnlisted(healthy);
          if (failedOver) {
            clearReplicasIdle();
          }
          return;
        } catch (RuntimeException e) {
          lastFailure = sentinel + ": " + e.getMessage();
        }
      }
    } finally {
      refreshing.unlock();
    }
  }

  /** The sentinels, the one that answered last first. */
  private List<HostAndPort> order() {
    Set<HostAndPort> ordered = new LinkedHashSet<>();
    HostAndPort first = lastAnswered;
    if (first != null) {
      ordered.add(first);
    }
    ordered.addAll(sentinels);
    return new ArrayList<>(ordered);
  }

  private ServerPool sentinelPool(HostAndPort sentinel) {
    return pools.computeIfAbsent(sentinel, address -> new ServerPool(
        jedisPools.computeIfAbsent(address, a -> new ConnectionPool(a, sentinelConfig,
            poolConfig)), address));
  }

  private ServerPool pool(HostAndPort replica) {
    return pools.computeIfAbsent(replica, address -> new ServerPool(
        jedisPools.computeIfAbsent(address, a -> new ConnectionPool(a, replicaConfig,
            poolConfig)), address));
  }

  /** Closes the pools of replicas the sentinels no longer list (the sentinels' pools stay). */
  private void closeUnlisted(List<HostAndPort> listed) {
    for (HostAndPort address : new ArrayList<>(jedisPools.keySet())) {
      if (!listed.contains(address) && !sentinels.contains(address)) {
        pools.remove(address);
        closeQuietly(jedisPools.remove(address));
      }
    }
  }

  /**
   * After a failover: a sentinel ends the clients' connections of each replica it reconfigures
   * ({@code CLIENT KILL TYPE normal}), so the idle ones would each fail a batch.
   */
  private void clearReplicasIdle() {
    pools.forEach((address, pool) -> {
      if (!sentinels.contains(address)) {
        pool.clearIdle();
      }
    });
  }

  private static void closeQuietly(ConnectionPool pool) {
    if (pool != null) {
      try {
        pool.close();
      } catch (RuntimeException e) {
        // Best effort: a pool that can't close now loses its connections with the JVM.
      }
    }
  }

  /** Closes the replicas' and sentinels' pools; reads then go by the policy's fallback. */
  @Override
  public void close() {
    closed = true;
    pools.clear();
    for (HostAndPort address : new ArrayList<>(jedisPools.keySet())) {
      closeQuietly(jedisPools.remove(address));
    }
  }

  @Override
  public String toString() {
    return "replicas of '" + masterName + "' reported by " + sentinels;
  }

  /** Describes the sentinels, the credentials for them and for the replicas, and the pools. */
  public static final class Builder {
    private final String masterName;
    private final Set<HostAndPort> sentinels;
    private JedisClientConfig sentinelConfig = DefaultJedisClientConfig.builder().build();
    private JedisClientConfig replicaConfig = DefaultJedisClientConfig.builder().build();
    private GenericObjectPoolConfig<redis.clients.jedis.Connection> poolConfig =
        new GenericObjectPoolConfig<>();
    private Duration refreshEvery = Duration.ofSeconds(30);

    private Builder(String masterName, Set<HostAndPort> sentinels) {
      Objects.requireNonNull(masterName, "masterName");
      Objects.requireNonNull(sentinels, "sentinels");
      if (masterName.isBlank()) {
        throw new IllegalArgumentException("the master's name is blank: give the name the"
            + " sentinels monitor it under (sentinel monitor <name> ...)");
      }
      if (sentinels.isEmpty()) {
        throw new IllegalArgumentException("no sentinel given for '" + masterName + "'");
      }
      this.masterName = masterName;
      this.sentinels = new LinkedHashSet<>(sentinels);
    }

    /**
     * How to talk to the sentinels: their user and password, TLS, timeouts (as for
     * {@code RedisSentinelClient.builder().sentinelClientConfig(...)}). Default: no credentials,
     * Jedis's default timeouts.
     *
     * @param config the sentinels' client configuration
     * @return this builder
     */
    public Builder sentinelClientConfig(JedisClientConfig config) {
      this.sentinelConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * How to talk to the replicas, the data nodes: usually the configuration the master's client
     * has (as for {@code RedisSentinelClient.builder().clientConfig(...)}), with the data nodes'
     * user and password, database and protocol. It must speak the protocol the connection's
     * client speaks, since the replies of its commands are decoded the same way. Default: no
     * credentials, RESP2.
     *
     * @param config the replicas' client configuration
     * @return this builder
     */
    public Builder replicaClientConfig(JedisClientConfig config) {
      this.replicaConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * The pool configuration of each replica's (and sentinel's) pool. Default: commons-pool's.
     *
     * @param config the pool configuration
     * @return this builder
     */
    public Builder poolConfig(GenericObjectPoolConfig<redis.clients.jedis.Connection> config) {
      this.poolConfig = Objects.requireNonNull(config, "config");
      return this;
    }

    /**
     * How old a list may get before it is asked for again, to find replicas added since.
     * Default: 30 s.
     *
     * @param interval the longest time a list is used without asking again
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder refreshEvery(Duration interval) {
      Objects.requireNonNull(interval, "interval");
      if (interval.isNegative() || interval.isZero()) {
        throw new IllegalArgumentException("refreshEvery must be positive: " + interval);
      }
      this.refreshEvery = interval;
      return this;
    }

    /**
     * Builds the replicas; does no I/O (the sentinels are asked at the first read).
     *
     * @return the replicas; the caller closes them
     */
    public SentinelReplicas build() {
      return new SentinelReplicas(this);
    }
  }
}

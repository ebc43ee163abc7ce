package io.redpipe.connections;

import io.redpipe.AlreadyConnected;
import io.redpipe.InvalidPipeline;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.Executor;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * The thread-safe registry of named connections: a default one ({@code ""}) and any number of
 * names. One client may serve several names. This is the only process-wide state of RedPipe.
 */
public final class ConnectionRegistry {
  private static final ConnectionRegistry GLOBAL = new ConnectionRegistry();

  private final ConcurrentMap<String, Connection> connections = new ConcurrentHashMap<>();
  private volatile boolean threadsEnabled = true;
  private final Executor batchThreads = BatchThreads.newPool();

  /** Creates an empty registry; most code uses {@link #global()}. */
  public ConnectionRegistry() {}

  /** The registry {@code RedPipe} uses. */
  public static ConnectionRegistry global() {
    return GLOBAL;
  }

  /**
   * Connects {@code client} under {@code name}, asking the server once (HELLO) which protocol
   * the client speaks.
   *
   * @throws io.redpipe.ConnectFailed when the server refuses the client (WRONGPASS, NOAUTH,
   *     NOPERM, ...) or can't be reached; see {@link Protocols}
   * @throws AlreadyConnected when a client for another endpoint already holds the name, or when
   *     it can't be told whether it is the same one (see {@link ServerIdentity})
   * @throws IllegalArgumentException when {@code transaction} is asked for a cluster client
   */
  public void connect(String name, UnifiedJedis client, boolean transaction) {
    Objects.requireNonNull(client, "client");
    String key = normalize(name);
    checkTransaction(key, client, transaction);
    Connection existing = connections.get(key);
    if (existing != null && existing.client() == client) {
      connect(key, client, transaction, existing.protocol());
      return;
    }
    connect(key, client, transaction, Protocols.detect(key, client));
  }

  /**
   * Connects {@code client} under {@code name} without asking for its protocol, trusting
   * {@code protocol}. The only I/O left: when another client holds {@code name}, both are asked
   * which server they talk to.
   *
   * @throws AlreadyConnected when a client for another endpoint already holds the name
   * @throws IllegalArgumentException when {@code transaction} is asked for a cluster client
   */
  public void connect(String name, UnifiedJedis client, boolean transaction,
      RedisProtocol protocol) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(protocol, "protocol");
    String key = normalize(name);
    checkTransaction(key, client, transaction);
    Connection replacement = new Connection(key, client, transaction, protocol);
    // Lock-free, so that comparing servers (I/O) never holds up other threads; retried when
    // another thread changed the name meanwhile.
    while (true) {
      Connection existing = connections.get(key);
      if (existing == null) {
        if (connections.putIfAbsent(key, replacement) == null) {
          return;
        }
      } else if (existing.client() == client) {
        if (existing.transaction() == transaction
            || connections.replace(key, existing, replacement)) {
          return;
        }
      } else if (!ServerIdentity.same(key, existing.client(), client)) {
        throw new AlreadyConnected("can't change " + Connection.describe(key)
            + ": it is already connected to another server; call RedPipe.disconnect("
            + (key.isEmpty() ? "" : "\"" + key + "\"") + ") first");
      } else if (connections.get(key) == existing) {
        return;  // another client for the same server: the first one stays
      }
    }
  }

  /** Transactions need one server: MULTI/EXEC can't span the nodes of a cluster. */
  private static void checkTransaction(String name, UnifiedJedis client, boolean transaction) {
    if (transaction && ClusterClient.isCluster(client)) {
      throw new IllegalArgumentException("can't connect " + Connection.describe(name)
          + " with transaction = true: the client is a Redis Cluster client, and a batch spans"
          + " several nodes while MULTI/EXEC runs on one node only; connect it with transaction ="
          + " false, or connect a RedisClient for a single server to use transactions");
    }
  }

  /** Removes the connection named {@code name}; nothing happens when there is none. */
  public void disconnect(String name) {
    connections.remove(normalize(name));
  }

  /** Removes every connection. */
  public void reset() {
    connections.clear();
  }

  /** Returns the connection named {@code name}, or {@code null} when none is configured. */
  public Connection find(String name) {
    return connections.get(normalize(name));
  }

  /**
   * Returns the connection named {@code name}.
   *
   * @throws InvalidPipeline naming the connection when it is not configured
   */
  public Connection get(String name) {
    Connection connection = find(name);
    if (connection == null) {
      String key = normalize(name);
      throw new InvalidPipeline(Connection.describe(key) + " is not configured: call RedPipe.connect("
          + (key.isEmpty() ? "" : "\"" + key + "\", ") + "client) before creating pipelines");
    }
    return connection;
  }

  /** Whether batches for several connections are sent in parallel (the default). */
  public boolean threadsEnabled() {
    return threadsEnabled;
  }

  /**
   * The daemon threads that send the batches of several connections (or cluster nodes) at once:
   * started on demand, ending when idle, never keeping the JVM alive.
   */
  public Executor batchThreads() {
    return batchThreads;
  }

  /** Switches parallel sending of the batches of several connections on or off. */
  public void setThreadsEnabled(boolean enabled) {
    this.threadsEnabled = enabled;
  }

  /** {@code null} and {@code ""} both mean the default connection. */
  public static String normalize(String name) {
    return name == null ? "" : name;
  }
}

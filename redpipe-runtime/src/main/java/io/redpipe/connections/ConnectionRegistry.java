package io.redpipe.connections;

import io.redpipe.AlreadyConnected;
import io.redpipe.InvalidPipeline;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * The thread-safe named connections of one {@code RedPipeContext}: a default one ({@code ""})
 * and any number of names. One client may serve several names (and several contexts).
 */
public final class ConnectionRegistry {
  private final ConcurrentMap<String, Connection> connections = new ConcurrentHashMap<>();
  /** Changes after each change of {@link #connections}; see {@link #version()}. */
  private final java.util.concurrent.atomic.AtomicInteger version =
      new java.util.concurrent.atomic.AtomicInteger();
  /** The servers of the clients this registry connected, for messages once they are gone. */
  private final Map<UnifiedJedis, HostAndPort> learned =
      Collections.synchronizedMap(new WeakHashMap<>());
  /** How messages name the object to call {@code connect} on, e.g. {@code "RedPipe."}. */
  private final String caller;
  /** Where the connections live, for messages: {@code ""} or e.g. {@code " of context 'a'"}. */
  private final String where;

  /** Creates an empty registry whose messages say to call {@code RedPipe.connect}. */
  public ConnectionRegistry() {
    this("RedPipe.", "");
  }

  /**
   * Creates an empty registry.
   *
   * @param caller how messages name what {@code connect} is called on, e.g. {@code "RedPipe."}
   *     or {@code "context."}
   * @param where what messages add to a connection's name, e.g. {@code ""} or
   *     {@code " of RedPipeContext 'tenant-a'"}
   */
  public ConnectionRegistry(String caller, String where) {
    this.caller = Objects.requireNonNull(caller, "caller");
    this.where = Objects.requireNonNull(where, "where");
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
    connect(key, client, transaction, Protocols.detect(key, client, learned));
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
          version.incrementAndGet();
          return;
        }
      } else if (existing.client() == client) {
        if (existing.transaction() == transaction) {
          return;
        }
        replacement.keepReplicasOf(existing);  // the same client: its replicas and policy stay
        if (connections.replace(key, existing, replacement)) {
          version.incrementAndGet();
          return;
        }
      } else if (!ServerIdentity.same(key, existing.client(), client)) {
        throw new AlreadyConnected("can't change " + Connection.describe(key) + where
            + ": it is already connected to another server; call "
            + caller + "disconnect("
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
    if (connections.remove(normalize(name)) != null) {
      version.incrementAndGet();
    }
  }

  /** Removes every connection. */
  public void reset() {
    connections.clear();
    version.incrementAndGet();
  }

  /**
   * A number that changes each time a connection is added, replaced or removed: what was decided
   * from the connections (e.g. that a keyspace may queue straight on its pipeline) holds while
   * it stays the same.
   *
   * @return the current version
   */
  public int version() {
    return version.get();
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
      throw new InvalidPipeline(Connection.describe(key) + where + " is not configured: call "
          + caller + "connect(" + (key.isEmpty() ? "" : "\"" + key + "\", ")
          + "client) before creating pipelines");
    }
    return connection;
  }

  /**
   * Where {@code client} sends its commands, as far as this registry knows without I/O: learned
   * when it connected the client, else what {@link ServerAddress#of(UnifiedJedis)} can tell.
   *
   * @param client a client
   * @return its server's address, if known
   */
  public Optional<HostAndPort> addressOf(UnifiedJedis client) {
    HostAndPort known = learned.get(Objects.requireNonNull(client, "client"));
    return known != null ? Optional.of(known) : ServerAddress.of(client);
  }

  /** {@code null} and {@code ""} both mean the default connection. */
  public static String normalize(String name) {
    return name == null ? "" : name;
  }
}

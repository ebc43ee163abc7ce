package io.redpipe.connections;

import io.redpipe.AlreadyConnected;
import io.redpipe.InvalidPipeline;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisException;

/**
 * The thread-safe named connections of one {@code RedPipeContext}: a default one ({@code ""})
 * and any number of names. One client may serve several names (and several contexts).
 */
public final class ConnectionRegistry {
  private final ConcurrentMap<String, Connection> connections = new ConcurrentHashMap<>();
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
   * @throws AlreadyConnected when a client for another endpoint already holds the name
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
    connect(key, client, transaction, Protocols.detect(client));
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
      } else if (!sameEndpoint(existing.client(), client)) {
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
      throw new InvalidPipeline(Connection.describe(key) + where + " is not configured: call "
          + caller + "connect(" + (key.isEmpty() ? "" : "\"" + key + "\", ")
          + "client) before creating pipelines");
    }
    return connection;
  }

  /** {@code null} and {@code ""} both mean the default connection. */
  public static String normalize(String name) {
    return name == null ? "" : name;
  }

  private static boolean sameEndpoint(UnifiedJedis a, UnifiedJedis b) {
    String idA = endpoint(a);
    return idA != null && idA.equals(endpoint(b));
  }

  /** The server's run id and the client's database, or null when the server cannot say. */
  private static String endpoint(UnifiedJedis client) {
    try {
      String info = text(client.sendCommand(Protocol.Command.INFO, "server"));
      String clientInfo = text(client.sendCommand(Protocol.Command.CLIENT, "INFO"));
      return field(info, "run_id:", "\r\n") + "/" + field(clientInfo, " db=", " ");
    } catch (JedisException e) {
      return null;
    }
  }

  private static String field(String text, String prefix, String end) {
    int start = text.indexOf(prefix);
    if (start < 0) {
      return "?";
    }
    start += prefix.length();
    int stop = text.indexOf(end, start);
    return stop < 0 ? text.substring(start).trim() : text.substring(start, stop);
  }

  private static String text(Object reply) {
    return reply instanceof byte[] ? new String((byte[]) reply, StandardCharsets.UTF_8)
        : String.valueOf(reply);
  }
}

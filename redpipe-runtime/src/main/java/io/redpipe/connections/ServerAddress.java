package io.redpipe.connections;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisCluster;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.util.Pool;

/**
 * Describes where a client's commands go, as {@code host:port}, for failure messages.
 *
 * <p>Never does I/O and never shows credentials: it only reads addresses ({@link HostAndPort}
 * holds no user or password). Jedis 8 clients do not expose their configured address, so for a
 * single-server client the address comes from a connection: for a {@link RedisClient}, one that
 * sits in its pool now (RedPipe keeps no address of its own outside a context: a connection's
 * {@link ServerPool} learns it from the connections it borrows). A client whose connections never opened (e.g. every one was refused at {@code AUTH}), a
 * {@code RedisSentinelClient} or a {@code UnifiedJedis} over a provider of its own has no known
 * address; {@link #describe(UnifiedJedis)} says so. A cluster client is described by the nodes it
 * knows; a cluster node by its {@code HostAndPort} ({@link #describe(HostAndPort)}).
 */
public final class ServerAddress {
  /** How many cluster nodes a description names before "and N more". */
  static final int NODES_SHOWN = 3;

  /** {@code Connection{DefaultJedisSocketFactory{host:port}}}, as Jedis's toString writes it. */
  private static final Pattern POOLED =
      Pattern.compile("^\\w*Connection\\{DefaultJedisSocketFactory\\{(.+):(\\d{1,5})\\}\\}$");

  private ServerAddress() {}

  /**
   * The address {@code connection} talks to; empty when it was built over a socket factory other
   * than Jedis's default (which does not tell its address).
   */
  public static Optional<HostAndPort> of(redis.clients.jedis.Connection connection) {
    Objects.requireNonNull(connection, "connection");
    try {
      return Optional.ofNullable(connection.getHostAndPort());
    } catch (ClassCastException customSocketFactory) {
      // Connection.getHostAndPort() casts its factory to DefaultJedisSocketFactory.
      return Optional.empty();
    }
  }

  /**
   * The address a single-server client talks to, when it is known without I/O (see the class
   * comment); empty for cluster clients (several nodes) and clients that do not tell.
   */
  public static Optional<HostAndPort> of(UnifiedJedis client) {
    Objects.requireNonNull(client, "client");
    if (ClusterClient.isCluster(client)) {
      return Optional.empty();
    }
    if (client instanceof RedisClient) {
      return fromPool(((RedisClient) client).getPool());
    }
    return Optional.empty();
  }

  /** {@code host:port}; an IPv6 host in brackets ({@code [::1]:6379}). */
  public static String describe(HostAndPort node) {
    Objects.requireNonNull(node, "node");
    String host = node.getHost();
    boolean ipv6 = host.indexOf(':') >= 0 && !host.startsWith("[");
    return (ipv6 ? "[" + host + "]" : host) + ":" + node.getPort();
  }

  /**
   * {@code host:port} of {@code connection}, or {@code an unknown address (custom socket
   * factory)} when it does not tell.
   */
  public static String describe(redis.clients.jedis.Connection connection) {
    return of(connection).map(ServerAddress::describe)
        .orElse("an unknown address (the connection uses a custom socket factory)");
  }

  /**
   * Describes the server(s) of {@code client} for a message: {@code 127.0.0.1:6379} for a
   * single-server client whose address is known; {@code the Redis Cluster of 127.0.0.1:7000,
   * 127.0.0.1:7001, 127.0.0.1:7002 and 3 more nodes} for a cluster client (the nodes it knows,
   * sorted); else {@code an unknown address (...)} saying why.
   */
  public static String describe(UnifiedJedis client) {
    Objects.requireNonNull(client, "client");
    if (ClusterClient.isCluster(client)) {
      List<String> nodes = clusterNodes(client);
      if (nodes.isEmpty()) {
        return "a Redis Cluster whose nodes the client does not know yet";
      }
      StringBuilder text = new StringBuilder("the Redis Cluster of ");
      int shown = Math.min(NODES_SHOWN, nodes.size());
      text.append(String.join(", ", nodes.subList(0, shown)));
      if (nodes.size() > shown) {
        text.append(" and ").append(nodes.size() - shown).append(" more node")
            .append(nodes.size() - shown == 1 ? "" : "s");
      }
      return text.toString();
    }
    Optional<HostAndPort> address = of(client);
    if (address.isPresent()) {
      return describe(address.get());
    }
    return "an unknown address (" + whyUnknown(client) + ")";
  }

  /** Why a single-server client's address is unknown, for messages. */
  static String whyUnknown(UnifiedJedis client) {
    String kind = client.getClass().getSimpleName();
    return client instanceof RedisClient
        ? "a RedisClient tells its address only through an open connection, and none has opened"
        : "a " + (kind.isEmpty() ? "UnifiedJedis" : kind) + " does not tell its address";
  }

  /** The nodes a cluster client knows, as sorted {@code host:port} texts. */
  @SuppressWarnings("deprecation")  // JedisCluster: still a supported client
  static List<String> clusterNodes(UnifiedJedis client) {
    Map<String, ?> nodes = client instanceof RedisClusterClient
        ? ((RedisClusterClient) client).getClusterNodes()
        : ((JedisCluster) client).getClusterNodes();
    List<String> sorted = new ArrayList<>(nodes.keySet());
    Collections.sort(sorted);
    return sorted;
  }

  /** The address of a connection in the pool, read from its description; no borrow, no I/O. */
  private static Optional<HostAndPort> fromPool(Pool<redis.clients.jedis.Connection> pool) {
    try {
      for (var info : pool.listAllObjects()) {
        Matcher match = POOLED.matcher(info.getPooledObjectToString());
        if (match.matches()) {
          return Optional.of(new HostAndPort(match.group(1), Integer.parseInt(match.group(2))));
        }
      }
    } catch (RuntimeException closedOrChanged) {
      // a closed pool or another description format: no address
    }
    return Optional.empty();
  }
}

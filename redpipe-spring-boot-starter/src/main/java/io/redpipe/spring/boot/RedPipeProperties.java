package io.redpipe.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import redis.clients.jedis.RedisProtocol;

/**
 * The {@code redpipe.*} properties: the context, its named connections, its execute deadline,
 * the health indicator and the metrics. The default connection's server comes from Spring
 * Boot's {@code spring.data.redis.*} properties.
 *
 * <pre>
 * redpipe.execute-timeout=2s
 * redpipe.connections.stats.url=redis://stats.example:6379/1
 * redpipe.connections.orders.transaction=true
 * </pre>
 */
@ConfigurationProperties(prefix = "redpipe")
public class RedPipeProperties {
  /** Whether the RedPipe context bean is created. */
  private boolean enabled = true;
  /** The context's name, as messages, thread names and the metrics' context tag show it. */
  private String name = "spring";
  /** The deadline of every root execute: borrowing, connecting, writing and reading. */
  private Duration executeTimeout = Duration.ofSeconds(10);
  /** Whether an execute touching several connections sends their batches in parallel. */
  private boolean threads = true;
  /** Whether the server of spring.data.redis.* is connected as RedPipe's default connection. */
  private boolean connectDefault = true;
  /** Whether each batch on the default connection runs inside MULTI/EXEC (not on a cluster). */
  private boolean transaction;
  /** The protocol of every client made from these properties. */
  private RedisProtocol protocol = RedisProtocol.RESP3;
  /**
   * Named connections, by name: redpipe.connections.NAME.url, .host, .port, .username,
   * .password, .database, .ssl, .transaction.
   */
  private Map<String, Connection> connections = new LinkedHashMap<>();
  private final Health health = new Health();
  private final Metrics metrics = new Metrics();

  /** Creates the properties with their defaults. */
  public RedPipeProperties() {}

  /**
   * Whether the RedPipe context bean is created.
   *
   * @return {@code true} by default
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the RedPipe context bean is created.
   *
   * @param enabled {@code false} to switch the auto-configuration off
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The context's name, as RedPipe's messages, thread names and the metrics' {@code context}
   * tag show it.
   *
   * @return {@code "spring"} by default
   */
  public String getName() {
    return name;
  }

  /**
   * Sets the context's name.
   *
   * @param name the name
   */
  public void setName(String name) {
    this.name = name;
  }

  /**
   * The deadline of every root execute: borrowing, connecting, writing and reading.
   *
   * @return 10 seconds by default
   */
  public Duration getExecuteTimeout() {
    return executeTimeout;
  }

  /**
   * Sets the deadline of every root execute.
   *
   * @param executeTimeout a positive duration
   */
  public void setExecuteTimeout(Duration executeTimeout) {
    this.executeTimeout = executeTimeout;
  }

  /**
   * Whether an execute touching several connections sends their batches in parallel.
   *
   * @return {@code true} by default
   */
  public boolean isThreads() {
    return threads;
  }

  /**
   * Sets whether batches of several connections are sent in parallel.
   *
   * @param threads {@code false} to send them one after the other
   */
  public void setThreads(boolean threads) {
    this.threads = threads;
  }

  /**
   * Whether the server of {@code spring.data.redis.*} is connected as RedPipe's default
   * connection.
   *
   * @return {@code true} by default
   */
  public boolean isConnectDefault() {
    return connectDefault;
  }

  /**
   * Sets whether the default connection is connected.
   *
   * @param connectDefault {@code false} when the application uses named connections only
   */
  public void setConnectDefault(boolean connectDefault) {
    this.connectDefault = connectDefault;
  }

  /**
   * Whether each batch on the default connection runs inside MULTI/EXEC.
   *
   * @return {@code false} by default
   */
  public boolean isTransaction() {
    return transaction;
  }

  /**
   * Sets whether the default connection's batches run inside MULTI/EXEC.
   *
   * @param transaction {@code true} for MULTI/EXEC (not on a cluster)
   */
  public void setTransaction(boolean transaction) {
    this.transaction = transaction;
  }

  /**
   * The protocol the clients speak (every client made from these properties).
   *
   * @return {@code RESP3} by default
   */
  public RedisProtocol getProtocol() {
    return protocol;
  }

  /**
   * Sets the protocol the clients speak.
   *
   * @param protocol {@code RESP2} or {@code RESP3}
   */
  public void setProtocol(RedisProtocol protocol) {
    this.protocol = protocol;
  }

  /**
   * The named connections, by name.
   *
   * @return the connections (mutable)
   */
  public Map<String, Connection> getConnections() {
    return connections;
  }

  /**
   * Sets the named connections.
   *
   * @param connections the connections by name
   */
  public void setConnections(Map<String, Connection> connections) {
    this.connections = connections;
  }

  /**
   * The health indicator's settings.
   *
   * @return the settings
   */
  public Health getHealth() {
    return health;
  }

  /**
   * The metrics' settings.
   *
   * @return the settings
   */
  public Metrics getMetrics() {
    return metrics;
  }

  /**
   * A named connection. With neither {@code url} nor {@code host} it reaches the server of
   * {@code spring.data.redis.*} (single server, sentinel or cluster), with its own
   * {@code database} when given; otherwise a single server of its own, whose username, password,
   * database and TLS come from these properties only. Timeouts and the pool come from
   * {@code spring.data.redis.*} in both cases.
   */
  public static class Connection {
    /** The server as redis://[[username]:password@]host[:port][/database], or rediss:// for TLS. */
    private String url;
    /** The server's host (instead of url). */
    private String host;
    /** The server's port (with host); 6379 when not set. */
    private Integer port;
    /** The ACL user (with host). */
    private String username;
    /** The password (with host). */
    private String password;
    /**
     * The database index; without url or host, the database on the server of
     * spring.data.redis.*.
     */
    private Integer database;
    /** Whether the connection uses TLS; the URL's scheme when not set. */
    private Boolean ssl;
    /** Whether each batch on this connection runs inside MULTI/EXEC (not on a cluster). */
    private boolean transaction;

    /** Creates a connection with nothing set. */
    public Connection() {}

    /**
     * The server as a URL.
     *
     * @return {@code redis://[[username]:password@]host[:port][/database]}, {@code rediss://}
     *     for TLS, or {@code null}
     */
    public String getUrl() {
      return url;
    }

    /**
     * Sets the server as a URL.
     *
     * @param url a {@code redis://} or {@code rediss://} URL
     */
    public void setUrl(String url) {
      this.url = url;
    }

    /**
     * The server's host.
     *
     * @return the host, or {@code null}
     */
    public String getHost() {
      return host;
    }

    /**
     * Sets the server's host.
     *
     * @param host the host
     */
    public void setHost(String host) {
      this.host = host;
    }

    /**
     * The server's port.
     *
     * @return the port, or {@code null} for 6379
     */
    public Integer getPort() {
      return port;
    }

    /**
     * Sets the server's port.
     *
     * @param port 1 to 65535
     */
    public void setPort(Integer port) {
      this.port = port;
    }

    /**
     * The ACL user.
     *
     * @return the user, or {@code null}
     */
    public String getUsername() {
      return username;
    }

    /**
     * Sets the ACL user.
     *
     * @param username the user
     */
    public void setUsername(String username) {
      this.username = username;
    }

    /**
     * The password.
     *
     * @return the password, or {@code null}
     */
    public String getPassword() {
      return password;
    }

    /**
     * Sets the password.
     *
     * @param password the password
     */
    public void setPassword(String password) {
      this.password = password;
    }

    /**
     * The database index.
     *
     * @return the index, or {@code null} for the URL's or the shared server's
     */
    public Integer getDatabase() {
      return database;
    }

    /**
     * Sets the database index.
     *
     * @param database 0 or more
     */
    public void setDatabase(Integer database) {
      this.database = database;
    }

    /**
     * Whether the connection uses TLS.
     *
     * @return {@code null} for the URL's scheme ({@code rediss://}) or no TLS
     */
    public Boolean getSsl() {
      return ssl;
    }

    /**
     * Sets whether the connection uses TLS.
     *
     * @param ssl {@code true} for TLS
     */
    public void setSsl(Boolean ssl) {
      this.ssl = ssl;
    }

    /**
     * Whether each batch on this connection runs inside MULTI/EXEC.
     *
     * @return {@code false} by default
     */
    public boolean isTransaction() {
      return transaction;
    }

    /**
     * Sets whether this connection's batches run inside MULTI/EXEC.
     *
     * @param transaction {@code true} for MULTI/EXEC (not on a cluster)
     */
    public void setTransaction(boolean transaction) {
      this.transaction = transaction;
    }
  }

  /** The health indicator ({@code management.health.redpipe.enabled} switches it off). */
  public static class Health {
    /** How long a health check waits for the PINGs of all connections. */
    private Duration timeout = Duration.ofSeconds(2);
    /**
     * The connections to PING ("default" is the default connection); when empty, the default
     * connection and every redpipe.connections entry.
     */
    private List<String> connections = new ArrayList<>();

    /** Creates the settings with their defaults. */
    public Health() {}

    /**
     * How long a health check waits for the PINGs of all connections.
     *
     * @return 2 seconds by default
     */
    public Duration getTimeout() {
      return timeout;
    }

    /**
     * Sets how long a health check waits.
     *
     * @param timeout a positive duration
     */
    public void setTimeout(Duration timeout) {
      this.timeout = timeout;
    }

    /**
     * The connections to PING; empty for the default connection and every
     * {@code redpipe.connections} entry that the context has. Name the connections of a context
     * bean of the application's own here ({@code default} is the default connection).
     *
     * @return the connection names (mutable)
     */
    public List<String> getConnections() {
      return connections;
    }

    /**
     * Sets the connections to PING.
     *
     * @param connections connection names; {@code default} is the default connection
     */
    public void setConnections(List<String> connections) {
      this.connections = connections;
    }
  }

  /** The Micrometer meters (with {@code redpipe-micrometer} and a {@code MeterRegistry}). */
  public static class Metrics {
    /** Whether RedPipe's Micrometer meters are registered. */
    private boolean enabled = true;
    /** Whether the batch timers carry a server=host:port tag. */
    private boolean serverTag;

    /** Creates the settings with their defaults. */
    public Metrics() {}

    /**
     * Whether RedPipe's meters are registered.
     *
     * @return {@code true} by default
     */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether RedPipe's meters are registered.
     *
     * @param enabled {@code false} to switch them off
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /**
     * Whether the batch timers carry a {@code server=host:port} tag.
     *
     * @return {@code false} by default (a cluster's nodes would multiply the timers)
     */
    public boolean isServerTag() {
      return serverTag;
    }

    /**
     * Sets whether the batch timers carry a {@code server} tag.
     *
     * @param serverTag {@code true} for the tag
     */
    public void setServerTag(boolean serverTag) {
      this.serverTag = serverTag;
    }
  }
}

package io.redpipe.testkit;

import java.net.URI;
import java.util.Objects;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;

/**
 * A running Redis server that a test, the demo or a benchmark may use.
 *
 * <p>Closing it stops the server when this JVM started it; a server reached through
 * {@code REDIS_URL} is left running.
 */
public final class RedisServer implements AutoCloseable {

  /** Where a server came from. */
  public enum Source {
    /** The server named by the {@code REDIS_URL} environment variable. */
    REDIS_URL,
    /** A container started through Testcontainers. */
    TESTCONTAINERS,
    /** A {@code redis-server} found on the {@code PATH}. */
    PATH,
    /** The {@code redis-server} binary shipped in the embedded-redis artifact. */
    EMBEDDED
  }

  private final Source source;
  private final URI uri;
  private final String version;
  private final String description;
  private final AutoCloseable stopper;

  RedisServer(Source source, URI uri, String version, String description, AutoCloseable stopper) {
    this.source = Objects.requireNonNull(source, "source");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.version = Objects.requireNonNull(version, "version");
    this.description = Objects.requireNonNull(description, "description");
    this.stopper = stopper;
  }

  /**
   * Where this server came from.
   *
   * @return where this server came from
   */
  public Source source() {
    return source;
  }

  /**
   * The server's address as a {@code redis://} or {@code rediss://} URI, with credentials.
   *
   * @return the server's URI, with credentials
   */
  public URI uri() {
    return uri;
  }

  /**
   * The host to connect to.
   *
   * @return the host to connect to
   */
  public String host() {
    return uri.getHost();
  }

  /**
   * The port to connect to.
   *
   * @return the port to connect to
   */
  public int port() {
    return uri.getPort();
  }

  /**
   * The host and port.
   *
   * @return the host and port to connect to
   */
  public HostAndPort hostAndPort() {
    return new HostAndPort(host(), port());
  }

  /**
   * The server version, e.g. {@code 7.0.15}.
   *
   * @return the server version
   */
  public String version() {
    return version;
  }

  /**
   * True when the server version is at least {@code minimum} (e.g. {@code "7.0"}).
   *
   * @param minimum the minimum version, e.g. {@code "7.0"}
   * @return whether the server is at least that version
   */
  public boolean isAtLeast(String minimum) {
    return Versions.compare(version, minimum) >= 0;
  }

  /**
   * A new client for this server speaking the client library's default protocol.
   *
   * @return a new client; the caller closes it
   */
  public RedisClient newClient() {
    return RedisClient.create(uri);
  }

  /**
   * A new client for this server speaking the given protocol.
   *
   * @param protocol the protocol the client speaks
   * @return a new client; the caller closes it
   */
  public RedisClient newClient(RedisProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .protocol(protocol)
        .ssl("rediss".equals(uri.getScheme()));
    Credentials.of(uri).applyTo(config);
    return RedisClient.builder().hostAndPort(hostAndPort()).clientConfig(config.build()).build();
  }

  /** Stops the server when this JVM started it. Safe to call more than once. */
  @Override
  public void close() {
    if (stopper != null) {
      try {
        stopper.close();
      } catch (Exception e) {
        throw new IllegalStateException("could not stop " + description, e);
      }
    }
  }

  @Override
  public String toString() {
    return description;
  }
}

package io.redpipe.testkit;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;

/**
 * A running Redis server that a test, the demo or a benchmark may use.
 *
 * <p>Closing it stops the server when this JVM started it; a server reached through
 * {@code REDIS_URL} is left running.
 *
 * <p><b>Faults.</b> A server whose process this JVM started and that is not shared with other
 * tests ({@link RedisServers#startPrivate(String...)}, or {@link RedisServers#startLocal()}) can be
 * {@linkplain #kill() killed}, {@linkplain #pause() paused} and {@linkplain #resume() resumed},
 * and {@linkplain #restart() restarted} on the same port. The server that {@link RedisTest}
 * shares, a {@code REDIS_URL} server and a container refuse these with an
 * {@link IllegalStateException}, so a fault test can't break other tests.
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
  /** The process when this JVM started the server; else null. */
  private final RedisProcess process;
  private volatile boolean shared;

  RedisServer(Source source, URI uri, String version, String description, AutoCloseable stopper) {
    this.source = Objects.requireNonNull(source, "source");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.version = Objects.requireNonNull(version, "version");
    this.description = Objects.requireNonNull(description, "description");
    this.stopper = stopper;
    this.process = stopper instanceof RedisProcess ? (RedisProcess) stopper : null;
  }

  /** Marks the server as shared by many test classes: fault operations are refused then. */
  RedisServer markShared() {
    shared = true;
    return this;
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

  /**
   * Waits until this server is a replica whose link to its master is up ({@code INFO
   * replication} says {@code master_link_status:up}): it synced, and receives the master's
   * writes. Asks without credentials, so call it before giving the server a password.
   *
   * @param timeout the longest wait
   * @throws IllegalStateException when the link is not up in time, with the last
   *     {@code role} and {@code master_link_status} seen
   */
  public void awaitMasterLink(Duration timeout) {
    try (Jedis jedis = new Jedis(hostAndPort(),
        DefaultJedisClientConfig.builder().serverDefaultProtocol().timeoutMillis(2000).build())) {
      Polling.await(description + " to sync with its master", timeout, () -> {
        String info = jedis.info("replication");
        if (info.contains("master_link_status:up")) {
          return null;
        }
        StringBuilder seen = new StringBuilder();
        for (String line : info.split("\r?\n")) {
          if (line.startsWith("role:") || line.startsWith("master_link_status:")
              || line.startsWith("master_sync_in_progress:")) {
            seen.append(seen.length() == 0 ? "" : ", ").append(line);
          }
        }
        return seen.toString();
      });
    }
  }

  /**
   * Whether fault operations ({@link #kill()}, {@link #pause()}, {@link #resume()},
   * {@link #restart()}) work on this server: true when this JVM started its process and no other
   * test shares it.
   *
   * @return whether kill, pause, resume and restart may be used
   */
  public boolean supportsFaults() {
    return process != null && !shared;
  }

  /**
   * True while the server process runs (also while paused); always true for a server this JVM
   * did not start, which it can't tell.
   *
   * @return whether the server runs (always true for a server this JVM did not start)
   */
  public boolean isRunning() {
    return process == null || process.isAlive();
  }

  /**
   * True between {@link #pause()} and {@link #resume()}.
   *
   * @return whether the server is paused
   */
  public boolean isPaused() {
    return process != null && process.isPaused();
  }

  /**
   * The pid of the {@code redis-server} process, or -1 when it does not run.
   *
   * @return the server process id
   * @throws IllegalStateException when this JVM did not start the server
   */
  public long pid() {
    return ownProcess("read the pid of").pid();
  }

  /**
   * Kills the server with SIGKILL, as a crash would, and returns once the process is gone:
   * connected clients see their connections reset; nothing is saved. {@link #restart()} brings
   * it back on the same port.
   *
   * @throws IllegalStateException unless {@link #supportsFaults()}
   */
  public void kill() {
    faultable("kill").kill();
  }

  /**
   * Stops the server with SIGSTOP and returns once it is stopped: connections are accepted by
   * the kernel, but nothing is read or answered until {@link #resume()}, so clients wait up to
   * their socket timeout. {@link #close()} (and the watchdog, should the JVM die) resumes a paused
   * server before stopping it, so nothing is left hanging.
   *
   * @throws IllegalStateException unless {@link #supportsFaults()}, or when it is not running
   */
  public void pause() {
    faultable("pause").pause();
  }

  /**
   * Continues a paused server (SIGCONT); it then answers what its clients sent meanwhile. Does
   * nothing when it is not paused.
   *
   * @throws IllegalStateException unless {@link #supportsFaults()}, or when it is not running
   */
  public void resume() {
    faultable("resume").resume();
  }

  /**
   * Starts the server again on the same port with the same arguments and working directory,
   * killing it first (SIGKILL) when it still runs; returns once it answers PING. Data: a server
   * without persistence (the testkit's default) comes back empty; one started with e.g.
   * {@code RedisServers.startPrivate("--appendonly", "yes", "--appendfsync", "always")} reloads
   * its append-only file. Existing clients reconnect on their next command; connections they had
   * open fail once.
   *
   * @throws IllegalStateException unless {@link #supportsFaults()}, or when it does not start
   */
  public void restart() {
    faultable("restart").restart();
  }

  private RedisProcess ownProcess(String what) {
    if (process == null) {
      throw new IllegalStateException("can't " + what + " " + description + ": this JVM did not"
          + " start it; use RedisServers.startPrivate() for a server of your own");
    }
    return process;
  }

  private RedisProcess faultable(String what) {
    RedisProcess own = ownProcess(what);
    if (shared) {
      throw new IllegalStateException("can't " + what + " " + description + ": it is the server"
          + " that @RedisTest shares with other test classes; use RedisServers.startPrivate()"
          + " for a server of your own");
    }
    return own;
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

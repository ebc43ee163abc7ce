package io.redpipe.testkit;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClient;

/**
 * Starts or finds a real Redis server, in the documented order: {@code REDIS_URL}, Testcontainers
 * when a Docker engine answers, {@code redis-server} on the PATH, the embedded-redis binary.
 */
public final class RedisServers {
  private static final Logger LOG = System.getLogger(RedisServers.class.getName());
  /** How long {@link #startReplicaOf} waits for a new replica to sync. */
  public static final Duration REPLICA_SYNC_TIMEOUT = Duration.ofSeconds(20);

  private RedisServers() {}

  /**
   * A server following the documented order; the caller closes it.
   *
   * @return the server; the caller closes it
   */
  public static RedisServer start() {
    String url = System.getenv(RedisUrl.VARIABLE);
    if (url != null && !url.isBlank()) {
      return fromUrl(url);
    }
    Optional<RedisServer> container = Containers.startIfDockerAnswers();
    if (container.isPresent()) {
      return logged(container.get());
    }
    return startLocal();
  }

  /**
   * A server from {@code redis-server} on the PATH, else from the embedded binary; never from
   * {@code REDIS_URL} or Docker. The demo uses this when {@code REDIS_URL} is not set.
   *
   * @return the local server; the caller closes it
   */
  public static RedisServer startLocal() {
    Optional<Path> onPath = RedisBinaries.onPath();
    Path binary = onPath.orElseGet(RedisBinaries::embedded);
    RedisServer.Source source = onPath.isPresent()
        ? RedisServer.Source.PATH : RedisServer.Source.EMBEDDED;
    return logged(fromProcess(RedisProcess.start(binary), source));
  }

  /**
   * A new server that only the caller uses, for tests that kill, pause or restart it: always a
   * fresh {@code redis-server} process on a free loopback port (from the {@code PATH}, else the
   * embedded binary), never {@code REDIS_URL} or a container, so faults never reach a server
   * other tests share. The caller closes it (try-with-resources); closing resumes a paused server
   * and stops it.
   *
   * @param extraArgs more {@code redis-server} arguments, appended after the testkit's own, so
   *     they win, e.g. {@code "--appendonly", "yes"} or {@code "--rename-command", "HELLO", ""}.
   *     The default user must still be able to run PING and INFO without a password (the start
   *     checks them): add passwords and ACL users after the start, with {@code ACL SETUSER}
   * @return the new server, running
   * @throws IllegalStateException when the server does not start
   */
  public static RedisServer startPrivate(String... extraArgs) {
    Optional<Path> onPath = RedisBinaries.onPath();
    Path binary = onPath.orElseGet(RedisBinaries::embedded);
    RedisServer.Source source = onPath.isPresent()
        ? RedisServer.Source.PATH : RedisServer.Source.EMBEDDED;
    RedisProcess process = RedisProcess.start(binary, extraArgs);
    return fromProcess(process, source);
  }

  /**
   * A new private server (as {@link #startPrivate(String...)}) that replicates {@code master}
   * ({@code --replicaof}), returned once it is in sync: its {@code INFO replication} says
   * {@code master_link_status:up} (a bounded wait of {@link #REPLICA_SYNC_TIMEOUT}). Reads of
   * keys written on the master before the call see them; later writes reach the replica
   * asynchronously ({@code WAIT} on the master waits for them). A private master (one that
   * {@link RedisServer#supportsFaults()}) is told to sync without delay
   * ({@code repl-diskless-sync-delay 0}), so it must not require a password yet.
   *
   * @param master the server to replicate, reachable from the new server
   * @param extraArgs more {@code redis-server} arguments, e.g. {@code "--masterauth", password}
   *     when the master requires one
   * @return the replica, in sync; the caller closes it
   * @throws IllegalStateException when it does not start or does not sync in time (with what
   *     its {@code INFO replication} said last)
   */
  public static RedisServer startReplicaOf(RedisServer master, String... extraArgs) {
    String[] args = new String[extraArgs.length + 3];
    args[0] = "--replicaof";
    args[1] = master.host();
    args[2] = Integer.toString(master.port());
    System.arraycopy(extraArgs, 0, args, 3, extraArgs.length);
    if (master.supportsFaults()) {
      // A private master: start the full sync at once, not after the default 5 s delay.
      try (Jedis admin = new Jedis(master.hostAndPort(),
          DefaultJedisClientConfig.builder().serverDefaultProtocol().timeoutMillis(2000).build())) {
        admin.configSet("repl-diskless-sync-delay", "0");
      }
    }
    RedisServer replica = startPrivate(args);
    try {
      replica.awaitMasterLink(REPLICA_SYNC_TIMEOUT);
    } catch (RuntimeException e) {
      replica.close();
      throw e;
    }
    return replica;
  }

  /**
   * The server named by a redis URL; checks that it answers. Closing it leaves it running.
   *
   * @param url a {@code redis://} or {@code rediss://} URL, with user and password when needed
   * @return the server at that URL
   */
  public static RedisServer fromUrl(String url) {
    URI uri = RedisUrl.parse(url);
    String version;
    try (RedisClient client = RedisClient.create(uri)) {
      version = serverVersion(client);
    } catch (RuntimeException e) {
      throw new IllegalStateException(RedisUrl.VARIABLE + "=" + RedisUrl.redact(url)
          + " cannot be used: the server did not answer (" + e.getMessage() + ").", e);
    }
    return logged(new RedisServer(RedisServer.Source.REDIS_URL, uri, version,
        "Redis " + version + " at " + RedisUrl.redact(url) + " (from REDIS_URL)", null));
  }

  static RedisServer fromProcess(RedisProcess process, RedisServer.Source source) {
    URI uri = URI.create("redis://127.0.0.1:" + process.port());
    String version;
    try (RedisClient client = RedisClient.create(uri)) {
      version = serverVersion(client);
    } catch (RuntimeException e) {
      process.close();
      throw e;
    }
    String from = source == RedisServer.Source.PATH ? "from the PATH" : "embedded";
    return new RedisServer(source, uri, version,
        "Redis " + version + " (" + from + ", " + process.binary() + ") on 127.0.0.1:"
            + process.port(), process);
  }

  /**
   * The {@code redis_version} of INFO server.
   *
   * @param client a client connected to the server
   * @return the server's version, e.g. {@code 7.0.15}
   */
  public static String serverVersion(RedisClient client) {
    for (String line : client.info("server").split("\r?\n")) {
      if (line.startsWith("redis_version:")) {
        return line.substring("redis_version:".length()).trim();
      }
    }
    return "0";
  }

  private static RedisServer logged(RedisServer server) {
    LOG.log(Level.INFO, "Using " + server);
    return server;
  }

  /** Testcontainers, touched only when a Docker engine may be there. */
  static final class Containers {
    private Containers() {}

    static Optional<RedisServer> startIfDockerAnswers() {
      if (!dockerMayBeThere()) {
        return Optional.empty();
      }
      try {
        if (!org.testcontainers.DockerClientFactory.instance().isDockerAvailable()) {
          return Optional.empty();
        }
        org.testcontainers.containers.GenericContainer<?> container =
            new org.testcontainers.containers.GenericContainer<>("redis:7")
                .withExposedPorts(6379)
                .withCommand("redis-server", "--save", "", "--appendonly", "no");
        container.start();
        URI uri = URI.create("redis://" + container.getHost() + ":"
            + container.getMappedPort(6379));
        String version;
        try (RedisClient client = RedisClient.create(uri)) {
          version = serverVersion(client);
        }
        return Optional.of(new RedisServer(RedisServer.Source.TESTCONTAINERS, uri, version,
            "Redis " + version + " (Testcontainers redis:7) at " + uri, container::stop));
      } catch (RuntimeException | LinkageError e) {
        LOG.log(Level.INFO, "Docker did not give a Redis container (" + e + "); using a local"
            + " redis-server instead");
        return Optional.empty();
      }
    }

    private static boolean dockerMayBeThere() {
      String host = System.getenv("DOCKER_HOST");
      if (host != null && !host.isBlank()) {
        return true;
      }
      return Files.exists(Path.of("/var/run/docker.sock"))
          || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run",
              "docker.sock"));
    }
  }
}

package io.redpipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisProtocol;

/**
 * A {@code redis-server} process started by this JVM on a free loopback port, without
 * persistence, in a temporary working directory.
 *
 * <p>The server runs under a small {@code /bin/sh} watchdog that stops it as soon as this JVM is
 * gone, so no server outlives the test run even when the JVM is killed. {@link #close()} stops it
 * at once; a shutdown hook does the same on a normal exit or an interrupt.
 */
public final class RedisProcess implements AutoCloseable {
  private static final int START_ATTEMPTS = 3;
  private static final long READY_TIMEOUT_MILLIS = 15_000;
  private static final JedisClientConfig PING_CONFIG = DefaultJedisClientConfig.builder()
      .protocol(RedisProtocol.RESP2).timeoutMillis(1000).build();

  /** Runs the server in the background and watches both it and the JVM that started it. */
  private static final String WATCHDOG = String.join("\n",
      "\"$@\" &",
      "child=$!",
      "trap 'kill $child 2>/dev/null; wait $child; exit 0' TERM INT HUP",
      "while kill -0 \"$REDPIPE_PARENT_PID\" 2>/dev/null && kill -0 $child 2>/dev/null; do",
      "  sleep 1 & wait $!",
      "done",
      "kill $child 2>/dev/null",
      "wait $child");

  private final Path binary;
  private final int port;
  private final Path workDir;
  private final Process process;
  private final Thread shutdownHook;
  private volatile boolean closed;

  private RedisProcess(Path binary, int port, Path workDir, Process process) {
    this.binary = binary;
    this.port = port;
    this.workDir = workDir;
    this.process = process;
    this.shutdownHook = new Thread(this::stop, "redpipe-redis-" + port + "-stopper");
    Runtime.getRuntime().addShutdownHook(shutdownHook);
  }

  /**
   * Starts {@code binary} on a free loopback port and waits until it answers PING.
   *
   * @param binary the redis-server executable
   * @param extraArgs more server arguments, e.g. {@code "--cluster-enabled", "yes"}
   * @return the running server; the caller closes it
   */
  public static RedisProcess start(Path binary, String... extraArgs) {
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      try {
        return startOn(binary, port, extraArgs);
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw last;
  }

  /**
   * Starts {@code binary} on the given loopback port and waits until it answers PING; unlike
   * {@link #start(Path, String...)} it does not retry on another port. Cluster nodes need this to
   * keep their bus port ({@code port + 10000}) in range.
   *
   * @param binary the redis-server executable
   * @param port the loopback port to listen on
   * @param extraArgs more server arguments
   * @return the running server; the caller closes it
   * @throws IllegalStateException when the server does not start, with its log
   */
  public static RedisProcess startOn(Path binary, int port, String... extraArgs) {
    Objects.requireNonNull(binary, "binary");
    Path workDir;
    try {
      workDir = Files.createTempDirectory("redpipe-redis-" + port + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "redpipe-redis",
        binary.toString(),
        "--port", Integer.toString(port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--daemonize", "no",
        "--dir", workDir.toString(),
        "--logfile", workDir.resolve("redis.log").toString()));
    command.addAll(List.of(extraArgs));
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("watchdog.log").toFile());
    builder.environment().put("REDPIPE_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + binary, e);
    }
    RedisProcess server = new RedisProcess(binary, port, workDir, process);
    try {
      server.awaitReady();
    } catch (RuntimeException e) {
      String log = server.log();
      server.close();
      throw new IllegalStateException("redis-server " + binary + " did not start on port " + port
          + (log.isEmpty() ? "" : ":\n" + log), e);
    }
    return server;
  }

  private void awaitReady() {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(READY_TIMEOUT_MILLIS);
    RuntimeException last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the process exited with code " + process.exitValue());
      }
      try (Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", port), PING_CONFIG)) {
        if ("PONG".equals(jedis.ping())) {
          return;
        }
      } catch (RuntimeException e) {
        last = e;
      }
      try {
        process.waitFor(50, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for redis-server", e);
      }
    }
    throw new IllegalStateException("no answer within " + READY_TIMEOUT_MILLIS + " ms", last);
  }

  /**
   * The loopback port the server listens on.
   *
   * @return the port the server listens on
   */
  public int port() {
    return port;
  }

  /**
   * The executable that runs.
   *
   * @return the executable
   */
  public Path binary() {
    return binary;
  }

  /**
   * The server's working directory (its log file is {@code redis.log} in it).
   *
   * @return the server's working directory
   */
  public Path workDir() {
    return workDir;
  }

  /**
   * True while the server process runs.
   *
   * @return whether the server process runs
   */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * What the server has written to its log so far.
   *
   * @return the server's log so far
   */
  public String log() {
    try {
      Path log = workDir.resolve("redis.log");
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }

  /** Stops the server and deletes its working directory. Safe to call more than once. */
  @Override
  public void close() {
    stop();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs or has run; nothing left to do
    }
  }

  private synchronized void stop() {
    if (closed) {
      return;
    }
    closed = true;
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    deleteTree(workDir);
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // best effort: a temporary directory
    }
  }

  /**
   * A port that is free on the loopback interface right now.
   *
   * @return a free loopback port
   */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }

  @Override
  public String toString() {
    return "redis-server " + binary + " on 127.0.0.1:" + port;
  }
}

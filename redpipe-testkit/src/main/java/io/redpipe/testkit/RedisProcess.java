package io.redpipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;

/**
 * A {@code redis-server} process started by this JVM on a free loopback port, without
 * persistence, in a temporary working directory.
 *
 * <p>The server runs under a small {@code /bin/sh} watchdog that stops it as soon as this JVM is
 * gone, so no server outlives the test run even when the JVM is killed. {@link #close()} stops it
 * at once; a shutdown hook does the same on a normal exit or an interrupt.
 *
 * <p>Fault tests can {@link #kill()} the server (SIGKILL), {@link #pause()} and {@link #resume()}
 * it (SIGSTOP / SIGCONT) and {@link #restart()} it on the same port. Signals go only to the
 * {@code redis-server} process this object started, by its pid. A paused server is resumed before
 * it is stopped, by {@link #close()}, by the shutdown hook and by the watchdog, so a test that
 * forgets to resume it leaves no stopped process behind. Every wait is bounded.
 */
public final class RedisProcess implements AutoCloseable {
  private static final int START_ATTEMPTS = 3;
  private static final long READY_TIMEOUT_MILLIS = 15_000;
  /** How long a signalled process may take to change state (exit, stop, continue). */
  private static final long SIGNAL_TIMEOUT_MILLIS = 10_000;
  /** The server's default protocol: Jedis sends no HELLO, so servers with HELLO renamed start. */
  private static final JedisClientConfig PING_CONFIG = DefaultJedisClientConfig.builder()
      .serverDefaultProtocol().timeoutMillis(1000).build();

  /**
   * Runs the server in the background and watches both it and the JVM that started it. A paused
   * (SIGSTOP) server would never act on SIGTERM, so it gets SIGCONT first.
   */
  private static final String WATCHDOG = String.join("\n",
      "\"$@\" &",
      "child=$!",
      "trap 'kill -CONT $child 2>/dev/null; kill $child 2>/dev/null; wait $child; exit 0' TERM INT HUP",
      "while kill -0 \"$REDPIPE_PARENT_PID\" 2>/dev/null && kill -0 $child 2>/dev/null; do",
      "  sleep 1 & wait $!",
      "done",
      "kill -CONT $child 2>/dev/null",
      "kill $child 2>/dev/null",
      "wait $child");

  private final Path binary;
  private final int port;
  private final Path workDir;
  private final List<String> command;
  private final Thread shutdownHook;
  /** The watchdog of the current run; replaced by {@link #restart()}. Guarded by this. */
  private Process process;
  /** The pid of the current run's redis-server, or -1 before it answered. Guarded by this. */
  private long serverPid = -1;
  private boolean paused;
  private volatile boolean closed;

  private RedisProcess(Path binary, int port, Path workDir, List<String> command) {
    this.binary = binary;
    this.port = port;
    this.workDir = workDir;
    this.command = List.copyOf(command);
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
    return startWithConfig(binary, null, extraArgs);
  }

  /**
   * Starts {@code binary} with the configuration file {@code config} (given before every other
   * argument, as {@code redis-server} requires) on a free loopback port, and waits until it
   * answers PING. A sentinel needs this: {@code redis-server sentinel.conf --sentinel} keeps its
   * state in a writable configuration file.
   *
   * @param binary the redis-server executable
   * @param config the configuration file, or {@code null} for none
   * @param extraArgs more server arguments, e.g. {@code "--sentinel"}
   * @return the running server; the caller closes it
   * @throws IllegalStateException when the server does not start, with its log
   */
  public static RedisProcess startWithConfig(Path binary, Path config, String... extraArgs) {
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      int port = freePort();
      try {
        return launchOn(binary, port, config, extraArgs);
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
    return launchOn(binary, port, null, extraArgs);
  }

  private static RedisProcess launchOn(Path binary, int port, Path config, String... extraArgs) {
    Objects.requireNonNull(binary, "binary");
    Path workDir;
    try {
      workDir = Files.createTempDirectory("redpipe-redis-" + port + "-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> command = new ArrayList<>(List.of("/bin/sh", "-c", WATCHDOG, "redpipe-redis",
        binary.toString()));
    if (config != null) {
      command.add(config.toString());
    }
    command.addAll(List.of(
        "--port", Integer.toString(port),
        "--bind", "127.0.0.1",
        "--save", "",
        "--appendonly", "no",
        "--daemonize", "no",
        "--dir", workDir.toString(),
        "--logfile", workDir.resolve("redis.log").toString()));
    command.addAll(List.of(extraArgs));
    RedisProcess server = new RedisProcess(binary, port, workDir, command);
    try {
      server.launch();
    } catch (RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  /** Starts the watchdog and the server, waits until it answers and learns its pid. */
  private synchronized void launch() {
    ProcessBuilder builder = new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(workDir.resolve("watchdog.log").toFile()));
    builder.environment().put("REDPIPE_PARENT_PID", Long.toString(ProcessHandle.current().pid()));
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException("cannot start " + binary, e);
    }
    serverPid = -1;
    paused = false;
    try {
      awaitReady();
      serverPid = serverPid();
    } catch (RuntimeException e) {
      String log = log();
      stopWatchdog();
      throw new IllegalStateException("redis-server " + binary + " did not start on port " + port
          + (log.isEmpty() ? "" : ":\n" + log), e);
    }
  }

  /** The pid the server reports, checked to be a process under this run's watchdog. */
  private long serverPid() {
    long pid;
    try (Jedis jedis = new Jedis(new HostAndPort("127.0.0.1", port), PING_CONFIG)) {
      pid = Long.parseLong(infoField(jedis.info("server"), "process_id"));
    }
    boolean ours = process.descendants().anyMatch(p -> p.pid() == pid);
    if (!ours) {
      throw new IllegalStateException("the server on port " + port + " reports pid " + pid
          + ", which is not a process this JVM started; another server took the port");
    }
    return pid;
  }

  private static String infoField(String info, String name) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith(name + ":")) {
        return line.substring(name.length() + 1).trim();
      }
    }
    throw new IllegalStateException("INFO has no " + name + " line");
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
   * True while the server process runs (also while it is paused).
   *
   * @return whether the server process runs
   */
  public synchronized boolean isAlive() {
    return !closed && process.isAlive() && serverPid > 0
        && ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
  }

  /**
   * True between {@link #pause()} and {@link #resume()} (or a kill, restart or close).
   *
   * @return whether the server is paused
   */
  public synchronized boolean isPaused() {
    return paused;
  }

  /**
   * The pid of the {@code redis-server} process of the current run (not of its watchdog), or
   * {@code -1} once it was killed or closed.
   *
   * @return the server process id, or {@code -1}
   */
  public synchronized long pid() {
    return isAlive() ? serverPid : -1;
  }

  /**
   * Kills the server now with SIGKILL, as a crash would: no reply is finished, connected clients
   * see their connections reset and nothing is saved. Returns once the process is gone (bounded
   * wait). {@link #restart()} starts it again on the same port. Killing a server that is no longer
   * running does nothing.
   *
   * @throws IllegalStateException after {@link #close()}, or when the process does not end
   */
  public synchronized void kill() {
    checkOpen("kill");
    if (!isAlive()) {
      return;
    }
    ProcessHandle server = ProcessHandle.of(serverPid).orElse(null);
    if (server != null) {
      server.destroyForcibly();
      awaitExit(server, "redis-server pid " + serverPid + " after SIGKILL");
    }
    paused = false;
    // The watchdog sees its child gone within a second and exits.
    awaitExit(process.toHandle(), "the watchdog of redis-server on port " + port);
  }

  /**
   * Stops the server with SIGSTOP: it keeps its sockets, so clients still connect, but it reads
   * and answers nothing until {@link #resume()}, as a server stalled by a long fork, swap or VM
   * pause would. Clients then wait up to their socket timeout. Returns once the process is
   * stopped (bounded wait; checked where {@code /proc} exists). {@link #close()} resumes a paused
   * server before stopping it.
   *
   * @throws IllegalStateException when the server is not running
   */
  public synchronized void pause() {
    checkRunning("pause");
    signal("STOP");
    paused = true;
    awaitState(true);
  }

  /**
   * Continues a server stopped by {@link #pause()} (SIGCONT); it then answers what its clients
   * sent meanwhile. Resuming a server that is not paused does nothing.
   *
   * @throws IllegalStateException when the server is not running
   */
  public synchronized void resume() {
    checkRunning("resume");
    if (!paused) {
      return;
    }
    signal("CONT");
    paused = false;
    awaitState(false);
  }

  /**
   * Starts the server again on the same port, with the same arguments and the same working
   * directory, killing it first (SIGKILL) when it still runs. The server starts from what its
   * working directory holds: without persistence (the default: {@code --save ""},
   * {@code --appendonly no}) it comes back empty; started with e.g. {@code --appendonly yes
   * --appendfsync always} it reloads its append-only file. Clients that were connected get
   * errors on their old connections and reconnect on their next borrow. Returns once the server
   * answers PING.
   *
   * @throws IllegalStateException after {@link #close()}, or when the server does not start
   *     again on its port (e.g. another process took it meanwhile)
   */
  public synchronized void restart() {
    checkOpen("restart");
    kill();
    IllegalStateException last = null;
    for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
      try {
        launch();
        return;
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw last;
  }

  private void checkOpen(String what) {
    if (closed) {
      throw new IllegalStateException("can't " + what + " " + this + ": it was closed");
    }
  }

  private void checkRunning(String what) {
    checkOpen(what);
    if (!isAlive()) {
      throw new IllegalStateException("can't " + what + " " + this + ": it is not running"
          + " (killed? call restart() first)");
    }
  }

  /** Sends {@code SIG<name>} to the server's pid with the shell's kill. */
  private void signal(String name) {
    ProcessBuilder kill = new ProcessBuilder("/bin/sh", "-c", "kill -" + name + " \"$1\"", "kill",
        Long.toString(serverPid)).redirectErrorStream(true);
    try {
      Process sender = kill.start();
      if (!sender.waitFor(SIGNAL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        sender.destroyForcibly();
        throw new IllegalStateException("kill -" + name + " " + serverPid + " did not return");
      }
      if (sender.exitValue() != 0) {
        throw new IllegalStateException("kill -" + name + " " + serverPid + " failed: "
            + new String(sender.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run kill -" + name, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending SIG" + name, e);
    }
  }

  /** Waits until {@code /proc} shows the server stopped ({@code T}) or not; skipped elsewhere. */
  private void awaitState(boolean stopped) {
    Path stat = Path.of("/proc", Long.toString(serverPid), "stat");
    if (!Files.exists(stat)) {
      return;
    }
    Polling.await("redis-server pid " + serverPid + (stopped ? " to stop" : " to continue"),
        Duration.ofMillis(SIGNAL_TIMEOUT_MILLIS), () -> {
          char state = processState(stat);
          boolean isStopped = state == 'T' || state == 't';
          return isStopped == stopped ? null : "its state is " + state;
        });
  }

  private static char processState(Path stat) {
    try {
      String text = Files.readString(stat, StandardCharsets.UTF_8);
      // pid (comm) state ...: comm may hold spaces and parentheses, so look after the last ')'.
      return text.charAt(text.lastIndexOf(')') + 2);
    } catch (IOException e) {
      return '?';
    }
  }

  private static void awaitExit(ProcessHandle handle, String what) {
    try {
      handle.onExit().get(SIGNAL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + what + " to end", e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException(what + " did not end within " + SIGNAL_TIMEOUT_MILLIS
          + " ms", e);
    }
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
    stopWatchdog();
    deleteTree(workDir);
  }

  /** Stops the current run: resumes a paused server, then SIGTERM, then SIGKILL (bounded). */
  private void stopWatchdog() {
    if (process == null) {
      return;
    }
    if (paused && serverPid > 0) {
      try {
        signal("CONT");
      } catch (RuntimeException e) {
        // the watchdog's trap sends SIGCONT too; SIGKILL below ends it in any case
      }
      paused = false;
    }
    process.destroy();
    try {
      if (!process.waitFor(SIGNAL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(SIGNAL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Deletes {@code dir} and what it holds, best effort. */
  static void deleteTree(Path dir) {
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

package io.redpipe.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.HostAndPort;

/**
 * A TCP proxy on a free loopback port that forwards to a target and holds back every chunk of
 * bytes for a fixed delay in each direction, so a local Redis behaves like one across a network:
 * with 0.5 ms each way every round trip costs at least 1 ms more.
 *
 * <p>The delay is measured from the moment each chunk was read, never from when the previous one
 * was written, so pipelined commands stream through together and pay the delay once, while
 * commands sent one at a time pay it on every round trip. Order is kept. All threads are daemon
 * threads; {@link #close()} closes every socket and stops them.
 *
 * <pre>{@code
 * try (LatencyProxy proxy = LatencyProxy.start("127.0.0.1", 6379, Duration.ofMillis(1))) {
 *   RedisClient slow = RedisClient.create(proxy.hostAndPort());
 * }
 * }</pre>
 */
public final class LatencyProxy implements AutoCloseable {
  private static final int CONNECT_TIMEOUT_MILLIS = 5000;
  private static final long STOP_WAIT_MILLIS = 2000;

  /**
   * What the proxy forwarded so far.
   *
   * @param connections client connections accepted
   * @param chunks chunks of bytes forwarded, both directions
   * @param bytes bytes forwarded, both directions
   * @param shortestHold the shortest time any chunk was held between being read and being
   *     written (by the proxy's own clock); never less than the one-way delay. Zero when no chunk
   *     was forwarded yet.
   */
  public record Stats(long connections, long chunks, long bytes, Duration shortestHold) {}

  private final String targetHost;
  private final int targetPort;
  private final Duration oneWayDelay;
  private final ServerSocket server;
  private final Thread acceptor;
  private final DelayedPipe.Counters counters = new DelayedPipe.Counters();
  private final AtomicLong connections = new AtomicLong();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<DelayedPipe> pipes = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private LatencyProxy(String targetHost, int targetPort, Duration oneWayDelay,
      ServerSocket server) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.oneWayDelay = oneWayDelay;
    this.server = server;
    this.acceptor = new Thread(this::accept, "redpipe-latency-proxy-" + port() + "-acceptor");
    acceptor.setDaemon(true);
  }

  /**
   * Starts a proxy to {@code targetHost:targetPort}. The target is connected to only when a
   * client connects; when it cannot be reached the client's connection is closed.
   *
   * @param targetHost the host to forward to
   * @param targetPort the port to forward to
   * @param oneWayDelay the delay added in each direction, zero or more
   * @return the running proxy; the caller closes it
   */
  public static LatencyProxy start(String targetHost, int targetPort, Duration oneWayDelay) {
    Objects.requireNonNull(targetHost, "targetHost");
    Objects.requireNonNull(oneWayDelay, "oneWayDelay");
    if (targetPort <= 0 || targetPort > 65_535) {
      throw new IllegalArgumentException("targetPort is " + targetPort + "; expected 1 to 65535");
    }
    if (oneWayDelay.isNegative()) {
      throw new IllegalArgumentException("oneWayDelay is " + oneWayDelay
          + "; expected zero or more");
    }
    ServerSocket server;
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen on a loopback port", e);
    }
    LatencyProxy proxy = new LatencyProxy(targetHost, targetPort, oneWayDelay, server);
    proxy.acceptor.start();
    return proxy;
  }

  /**
   * The loopback port clients connect to.
   *
   * @return the port clients connect to
   */
  public int port() {
    return server.getLocalPort();
  }

  /**
   * The loopback address and port clients connect to.
   *
   * @return the address clients connect to
   */
  public HostAndPort hostAndPort() {
    return new HostAndPort(server.getInetAddress().getHostAddress(), port());
  }

  /**
   * The delay added in each direction.
   *
   * @return the delay added in each direction
   */
  public Duration oneWayDelay() {
    return oneWayDelay;
  }

  /**
   * What the proxy forwarded so far.
   *
   * @return the forwarding statistics so far
   */
  public Stats stats() {
    long chunks = counters.chunks.get();
    long shortest = counters.shortestHoldNanos.get();
    return new Stats(connections.get(), chunks, counters.bytes.get(),
        chunks == 0 || shortest == Long.MAX_VALUE ? Duration.ZERO : Duration.ofNanos(shortest));
  }

  private void accept() {
    while (!closed) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      connections.incrementAndGet();
      sockets.add(client);
      Socket target = new Socket();
      sockets.add(target);
      try {
        client.setTcpNoDelay(true);
        target.setTcpNoDelay(true);
        target.connect(new InetSocketAddress(targetHost, targetPort), CONNECT_TIMEOUT_MILLIS);
      } catch (IOException e) {
        DelayedPipe.closeQuietly(client);
        DelayedPipe.closeQuietly(target);
        continue;
      }
      forward(client, target);
    }
  }

  private void forward(Socket client, Socket target) {
    AtomicInteger running = new AtomicInteger(2);
    Runnable onDone = () -> {
      if (running.decrementAndGet() == 0) {
        DelayedPipe.closeQuietly(client);
        DelayedPipe.closeQuietly(target);
        sockets.remove(client);
        sockets.remove(target);
      }
    };
    long delay = oneWayDelay.toNanos();
    String name = "redpipe-latency-proxy-" + port() + "-" + client.getPort();
    DelayedPipe up = new DelayedPipe(client, target, delay, counters, name + "-up", onDone);
    DelayedPipe down = new DelayedPipe(target, client, delay, counters, name + "-down", onDone);
    pipes.add(up);
    pipes.add(down);
    if (closed) {
      onDone.run();
      onDone.run();
      return;
    }
    up.start();
    down.start();
  }

  /**
   * True while any of the proxy's threads runs.
   *
   * @return whether any of the proxy's threads still runs
   */
  public boolean isRunning() {
    return acceptor.isAlive() || pipes.stream().anyMatch(DelayedPipe::isAlive);
  }

  /** Closes the listening socket and every connection and stops all threads. */
  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    sockets.forEach(DelayedPipe::closeQuietly);
    try {
      acceptor.join(STOP_WAIT_MILLIS);
      for (DelayedPipe pipe : pipes) {
        pipe.stop(STOP_WAIT_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public String toString() {
    return "latency proxy 127.0.0.1:" + port() + " -> " + targetHost + ":" + targetPort + " (+"
        + oneWayDelay.toNanos() / 1000 + " us each way)";
  }
}

package io.redpipe.testkit;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * Sockets that count round trips: Jedis flushes its output stream once per request it sends and
 * then waits for the replies, so one flush is one round trip to the server. Counted at the socket,
 * not by RedPipe's own bookkeeping. Also records when the last flush started and when the last
 * read returned, and can run a hook before each flush (to line up two servers' batches).
 *
 * <pre>{@code
 * CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(), config);
 * try (RedisClient client = sockets.newClient()) {
 *   int before = sockets.roundTrips();
 *   ...
 * }
 * }</pre>
 */
public final class CountingSocketFactory implements JedisSocketFactory {
  private final JedisSocketFactory delegate;
  private final JedisClientConfig config;
  private final AtomicInteger flushes = new AtomicInteger();
  private final AtomicLong lastFlushStart = new AtomicLong();
  private final AtomicLong lastReadEnd = new AtomicLong();
  private volatile Runnable beforeFlush = () -> {};
  private final java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();

  /**
   * Sockets to {@code address} configured by {@code config} (protocol, TLS, timeouts).
   *
   * @param address the server's host and port
   * @param config the client configuration whose protocol, TLS and timeouts the sockets use
   */
  public CountingSocketFactory(HostAndPort address, JedisClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.delegate =
        new DefaultJedisSocketFactory(Objects.requireNonNull(address, "address"), config);
  }

  /**
   * Sockets to {@code address} speaking {@code protocol}, without credentials.
   *
   * @param address the server's host and port
   * @param protocol the protocol the client speaks
   */
  public CountingSocketFactory(HostAndPort address, RedisProtocol protocol) {
    this(address, DefaultJedisClientConfig.builder()
        .protocol(Objects.requireNonNull(protocol, "protocol")).build());
  }

  /**
   * A pooled client whose every connection uses these sockets; the caller closes it.
   *
   * @return a new pooled client whose connections use these sockets
   */
  public RedisClient newClient() {
    return RedisClient.builder()
        .clientConfig(config)
        .connectionProvider(new PooledConnectionProvider(new ConnectionFactory(this, config)))
        .build();
  }

  /**
   * The round trips (flushes) all sockets of this factory started so far.
   *
   * @return the number of flushes so far
   */
  public int roundTrips() {
    return flushes.get();
  }

  /**
   * {@link System#nanoTime()} when the last flush started.
   *
   * @return the {@link System#nanoTime()} of the last flush's start, 0 before the first
   */
  public long lastFlushStart() {
    return lastFlushStart.get();
  }

  /**
   * {@link System#nanoTime()} when the last read returned.
   *
   * @return the {@link System#nanoTime()} of the last read's end, 0 before the first
   */
  public long lastReadEnd() {
    return lastReadEnd.get();
  }

  /**
   * Every byte the sockets of this factory wrote so far, in the order written (one connection at
   * a time gives the exact stream the server received).
   *
   * @return a copy of the bytes
   */
  public byte[] written() {
    synchronized (written) {
      return written.toByteArray();
    }
  }

  /**
   * Runs {@code hook} before every flush, in the flushing thread.
   *
   * @param hook runs before each flush, in the flushing thread
   */
  public void beforeFlush(Runnable hook) {
    this.beforeFlush = Objects.requireNonNull(hook, "hook");
  }

  @Override
  public Socket createSocket() {
    return new CountingSocket(delegate.createSocket());
  }

  private final class CountingSocket extends Socket {
    private final Socket socket;

    CountingSocket(Socket socket) {
      this.socket = socket;
    }

    @Override
    public OutputStream getOutputStream() throws IOException {
      return new FilterOutputStream(socket.getOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          synchronized (written) {
            written.write(b, off, len);
          }
          out.write(b, off, len);
        }

        @Override
        public void write(int b) throws IOException {
          synchronized (written) {
            written.write(b);
          }
          out.write(b);
        }

        @Override
        public void flush() throws IOException {
          lastFlushStart.set(System.nanoTime());
          beforeFlush.run();
          flushes.incrementAndGet();
          out.flush();
        }
      };
    }

    @Override
    public InputStream getInputStream() throws IOException {
      InputStream in = socket.getInputStream();
      return new InputStream() {
        @Override
        public int read() throws IOException {
          int b = in.read();
          lastReadEnd.set(System.nanoTime());
          return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          int n = in.read(b, off, len);
          lastReadEnd.set(System.nanoTime());
          return n;
        }
      };
    }

    @Override
    public void setSoTimeout(int timeout) throws SocketException {
      socket.setSoTimeout(timeout);
    }

    @Override
    public int getSoTimeout() throws SocketException {
      return socket.getSoTimeout();
    }

    @Override
    public void setKeepAlive(boolean on) throws SocketException {
      socket.setKeepAlive(on);
    }

    @Override
    public void setTcpNoDelay(boolean on) throws SocketException {
      socket.setTcpNoDelay(on);
    }

    @Override
    public boolean isConnected() {
      return socket.isConnected();
    }

    @Override
    public boolean isBound() {
      return socket.isBound();
    }

    @Override
    public boolean isClosed() {
      return socket.isClosed();
    }

    @Override
    public boolean isInputShutdown() {
      return socket.isInputShutdown();
    }

    @Override
    public boolean isOutputShutdown() {
      return socket.isOutputShutdown();
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}

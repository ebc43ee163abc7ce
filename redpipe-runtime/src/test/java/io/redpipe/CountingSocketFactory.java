package io.redpipe;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
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
 * Sockets that count the flushes of their output streams: each flush is one request sent to the
 * server, so a round trip costs one flush. Records when the last flush started and when the last
 * read returned, and can run a hook before each flush.
 */
final class CountingSocketFactory implements JedisSocketFactory {
  private final JedisSocketFactory delegate;
  private final AtomicInteger flushes = new AtomicInteger();
  private final AtomicLong lastFlushStart = new AtomicLong();
  private final AtomicLong lastReadEnd = new AtomicLong();
  private volatile Runnable beforeFlush = () -> {};

  private CountingSocketFactory(JedisSocketFactory delegate) {
    this.delegate = delegate;
  }

  /** A client for {@code hostAndPort} whose every socket is counted by {@code counter}. */
  static RedisClient client(HostAndPort hostAndPort, RedisProtocol protocol,
      CountingSocketFactory[] counter) {
    JedisClientConfig config = DefaultJedisClientConfig.builder().protocol(protocol).build();
    CountingSocketFactory factory =
        new CountingSocketFactory(new DefaultJedisSocketFactory(hostAndPort, config));
    counter[0] = factory;
    return RedisClient.builder()
        .clientConfig(config)
        .connectionProvider(new PooledConnectionProvider(new ConnectionFactory(factory, config)))
        .build();
  }

  int flushes() {
    return flushes.get();
  }

  long lastFlushStart() {
    return lastFlushStart.get();
  }

  long lastReadEnd() {
    return lastReadEnd.get();
  }

  void beforeFlush(Runnable hook) {
    this.beforeFlush = hook;
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
          out.write(b, off, len);
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

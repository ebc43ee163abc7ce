package io.redpipe.examples.demo;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.util.concurrent.atomic.AtomicLong;
import redis.clients.jedis.DefaultJedisSocketFactory;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;

/**
 * Sockets that count round trips: Jedis flushes its output stream once per request it sends and
 * then waits for the replies, so one flush is one round trip to the server.
 */
public final class CountingSockets implements JedisSocketFactory {
  private final JedisSocketFactory delegate;
  private final AtomicLong flushes = new AtomicLong();

  /** Sockets to {@code address} configured by {@code config} (TLS, timeouts). */
  public CountingSockets(HostAndPort address, JedisClientConfig config) {
    this.delegate = new DefaultJedisSocketFactory(
        java.util.Objects.requireNonNull(address, "address"),
        java.util.Objects.requireNonNull(config, "config"));
  }

  /** The number of round trips all sockets of this factory started so far. */
  public long roundTrips() {
    return flushes.get();
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
          flushes.incrementAndGet();
          out.flush();
        }
      };
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return socket.getInputStream();
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

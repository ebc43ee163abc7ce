package io.redpipe.structs;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.exceptions.JedisConnectionException;

/** Opens plain sockets that count how often the client flushes, i.e. network round trips. */
final class FlushCountingSocketFactory implements JedisSocketFactory {
  private final HostAndPort address;
  private final AtomicInteger flushes = new AtomicInteger();

  FlushCountingSocketFactory(HostAndPort address) {
    this.address = address;
  }

  /** Flushes so far on every socket this factory opened. */
  int flushes() {
    return flushes.get();
  }

  @Override
  public Socket createSocket() throws JedisConnectionException {
    Socket socket = new Socket() {
      private OutputStream counting;

      @Override
      public synchronized OutputStream getOutputStream() throws IOException {
        if (counting == null) {
          counting = new FilterOutputStream(super.getOutputStream()) {
            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
              out.write(bytes, offset, length);
            }

            @Override
            public void flush() throws IOException {
              flushes.incrementAndGet();
              super.flush();
            }
          };
        }
        return counting;
      }
    };
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(address.getHost(), address.getPort()), 5_000);
      return socket;
    } catch (IOException e) {
      throw new JedisConnectionException("cannot connect to " + address, e);
    }
  }
}

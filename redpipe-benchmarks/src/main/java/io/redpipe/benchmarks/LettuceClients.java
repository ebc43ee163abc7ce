package io.redpipe.benchmarks;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.protocol.ProtocolVersion;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import redis.clients.jedis.HostAndPort;

/**
 * Lettuce connections (RESP2) with automatic flushing off: every variant queues its commands and
 * calls {@code flushCommands()} once per batch, Lettuce's form of a pipeline.
 */
@State(Scope.Benchmark)
public class LettuceClients {
  private RedisClient clientA;
  private RedisClient clientB;
  StatefulRedisConnection<String, String> a;
  StatefulRedisConnection<String, String> b;
  StatefulRedisConnection<byte[], byte[]> bytesA;

  /** Connects to both servers. */
  @Setup(Level.Trial)
  public void connect(Fixture fixture) {
    clientA = create(fixture.a());
    clientB = create(fixture.b());
    a = manualFlush(clientA.connect());
    b = manualFlush(clientB.connect());
    bytesA = manualFlush(clientA.connect(ByteArrayCodec.INSTANCE));
  }

  /** Closes the connections and shuts the clients down. */
  @TearDown(Level.Trial)
  public void close() {
    a.close();
    b.close();
    bytesA.close();
    clientA.shutdown();
    clientB.shutdown();
  }

  /** Waits for a reply that was flushed. */
  static <T> T await(RedisFuture<T> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a Lettuce reply", e);
    } catch (ExecutionException e) {
      throw new CompletionException(e.getCause());
    }
  }

  private static RedisClient create(HostAndPort address) {
    RedisClient client = RedisClient.create(
        RedisURI.create(address.getHost(), address.getPort()));
    client.setOptions(ClientOptions.builder().protocolVersion(ProtocolVersion.RESP2).build());
    return client;
  }

  private static <K, V> StatefulRedisConnection<K, V> manualFlush(
      StatefulRedisConnection<K, V> connection) {
    connection.sync().ping();
    connection.setAutoFlushCommands(false);
    return connection;
  }
}

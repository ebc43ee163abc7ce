package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.providers.PooledConnectionProvider;

/** Counts flushes on the client's socket: one per round trip. */
@RedisTest
class StructRoundTripTest {

  @AfterEach
  void disconnect() {
    RedPipe.reset();
  }

  @Test
  void hundredStructsAreCreatedThenLoadedInOneRoundTripEach(RedisServer server) {
    Assumptions.assumeTrue(server.uri().getUserInfo() == null
        && "redis".equals(server.uri().getScheme()), "needs a plain server without credentials");
    FlushCountingSocketFactory sockets = new FlushCountingSocketFactory(server.hostAndPort());
    ConnectionFactory connections =
        new ConnectionFactory(sockets, DefaultJedisClientConfig.builder().build());
    try (RedisClient client = RedisClient.builder().hostAndPort(server.hostAndPort())
        .connectionProvider(new PooledConnectionProvider(connections)).build()) {
      RedPipe.connect(client);
      client.ping(); // opens the connection and sends its handshake
      int before = sockets.flushes();

      List<UserStruct> created = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int i = 0; i < 100; i++) {
          created.add(UserStruct.create(
              UserStruct.with("rt" + i).name("user " + i).lastSeen((long) i).put("tag", "é" + i), pipe));
        }
        pipe.execute();
      }
      assertEquals(before + 1, sockets.flushes());

      List<UserStruct> loaded;
      try (Pipeline pipe = RedPipe.pipeline()) {
        loaded = IntStream.range(0, 100).mapToObj(i -> UserStruct.load("rt" + i, pipe))
            .collect(Collectors.toList());
        pipe.execute();
      }
      assertEquals(before + 2, sockets.flushes());
      assertEquals(created, loaded);
      assertEquals(42L, loaded.get(42).lastSeen());
      assertEquals("é42", loaded.get(42).get("tag"));

      UserStruct alone = UserStruct.load("rt7", null);
      assertEquals(before + 3, sockets.flushes());
      alone.update(UserStruct.changes().name("x"), null);
      assertEquals(before + 4, sockets.flushes());
    }
  }
}

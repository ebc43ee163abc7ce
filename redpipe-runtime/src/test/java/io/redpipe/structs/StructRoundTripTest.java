package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

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
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(),
        DefaultJedisClientConfig.builder().build());
    try (RedisClient client = sockets.newClient()) {
      RedPipe.connect(client);
      client.ping(); // opens the connection and sends its handshake
      int before = sockets.roundTrips();

      List<UserStruct> created = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int i = 0; i < 100; i++) {
          created.add(UserStruct.create(
              UserStruct.with("rt" + i).name("user " + i).lastSeen((long) i).put("tag", "é" + i), pipe));
        }
        pipe.execute();
      }
      assertEquals(before + 1, sockets.roundTrips());

      List<UserStruct> loaded;
      try (Pipeline pipe = RedPipe.pipeline()) {
        loaded = IntStream.range(0, 100).mapToObj(i -> UserStruct.load("rt" + i, pipe))
            .collect(Collectors.toList());
        pipe.execute();
      }
      assertEquals(before + 2, sockets.roundTrips());
      assertEquals(created, loaded);
      assertEquals(42L, loaded.get(42).lastSeen());
      assertEquals("é42", loaded.get(42).get("tag"));

      UserStruct alone = UserStruct.load("rt7", null);
      assertEquals(before + 3, sockets.roundTrips());
      alone.update(UserStruct.changes().name("x"), null);
      assertEquals(before + 4, sockets.roundTrips());
    }
  }

  @Test
  void everyMethodSharesOneRoundTrip(RedisServer server, RedisClient raw) {
    Assumptions.assumeTrue(server.uri().getUserInfo() == null
        && "redis".equals(server.uri().getScheme()), "needs a plain server without credentials");
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(),
        DefaultJedisClientConfig.builder().build());
    try (RedisClient client = sockets.newClient()) {
      RedPipe.connect(client);
      raw.del("U{all1}", "U{all2}", "U{all3}", "U{all4}", "U{all5}");
      raw.hset("U{all2}", Map.of("name", "Jill", "last_seen", "2", "nick", "jj", "score", "0.5"));
      raw.hset("U{all3}", Map.of("name", "Gone"));
      raw.hset("U{all4}", Map.of("name", "Deleted"));
      UserStruct jill = UserStruct.stub("all2");
      UserStruct gone = UserStruct.stub(UserStruct.with("all3").name("Gone"));
      client.ping();
      int before = sockets.roundTrips();
      UserStruct jack;
      UserStruct some;
      Future<Long> seen;
      Future<Long> down;
      Future<Double> score;
      Future<Object> nick;
      Future<Object> absent;
      Future<Long> deleted;
      try (Pipeline pipe = RedPipe.pipeline()) {
        jack = UserStruct.create(UserStruct.with("all1").name("Jack").lastSeen(1L), pipe);
        jill.load(pipe);
        jill.update(UserStruct.changes().name("Jane").admin(true), pipe);
        seen = jill.incrLastSeen(10, pipe);
        down = jill.decr("visits", 3, pipe);
        score = jill.incrScore(1.0, pipe);
        nick = jill.pop("nick", pipe);
        absent = jill.pop("absent", "d", pipe);
        jill.remove(List.of("visits"), pipe);
        gone.clear(pipe);
        some = UserStruct.load("all2", List.of("name", "user_id", "nick"), pipe);
        deleted = UserStruct.delete(List.of("all4", "all5"), pipe);
        assertEquals(before, sockets.roundTrips());
        pipe.execute();
      }
      assertEquals(before + 1, sockets.roundTrips());
      assertEquals(Map.of("user_id", "all1", "name", "Jack", "last_seen", 1L), jack.asMap());
      assertEquals(12L, seen.get());
      assertEquals(-3L, down.get());
      assertEquals(1.5, score.get());
      assertEquals("jj", nick.get());
      assertEquals("d", absent.get());
      assertEquals(1L, deleted.get());
      assertEquals(Map.of("user_id", "all2", "name", "Jane", "last_seen", 12L, "score", 1.5,
          "admin", true), jill.asMap());
      assertEquals(Map.of("user_id", "all2", "name", "Jane"), some.asMap());
      assertEquals(Map.of("user_id", "all3"), gone.asMap());
      assertEquals(Map.of("name", "Jane", "last_seen", "12", "score", "1.5", "admin", "1"),
          raw.hgetAll("U{all2}"));
      assertEquals(0L, raw.exists("U{all3}", "U{all4}"));
    }
  }
}

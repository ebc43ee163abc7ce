package io.redpipe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/** Round trips counted at the socket: flushes of the client's output stream. */
@RedisTest
class RoundTripTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  /** A reusable function: alone it executes at once; with a parent it joins the parent's trip. */
  static Future<Long> incrementAndExpire(String key, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      Future<Long> value = pipe.incrBy(key, 1);
      pipe.expire(key, 60);
      return value;
    });
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void hundredNestedCallsCostOneRoundTrip(RedisProtocol protocol, RedisServer server) {
    CountingSocketFactory counter = new CountingSocketFactory(server.hostAndPort(), protocol);
    try (RedisClient client = counter.newClient()) {
      RedPipe.connect(client);
      int before = counter.roundTrips();
      Future<Long> alone = incrementAndExpire("rt:alone:" + protocol, null);
      assertEquals(1L, alone.get());
      assertEquals(before + 1, counter.roundTrips(), "one call alone: one round trip");

      before = counter.roundTrips();
      List<Future<Long>> results = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int i = 0; i < 100; i++) {
          results.add(incrementAndExpire("rt:" + protocol + ":" + i, pipe));
        }
        assertEquals(before, counter.roundTrips(), "nothing sent before execute");
        pipe.execute();
      }
      assertEquals(before + 1, counter.roundTrips(), "100 nested calls: one round trip");
      for (Future<Long> result : results) {
        assertEquals(1L, result.get());
      }
    }
  }

  /** MULTI, the commands and EXEC go in one round trip too. */
  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void aTransactionCostsOneRoundTrip(RedisProtocol protocol, RedisServer server) {
    CountingSocketFactory counter = new CountingSocketFactory(server.hostAndPort(), protocol);
    try (RedisClient client = counter.newClient()) {
      RedPipe.connect("rt-tx", client, true);
      int before = counter.roundTrips();
      List<Future<Long>> results = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline("rt-tx")) {
        for (int i = 0; i < 100; i++) {
          results.add(RedPipe.autoexec(pipe, "rt-tx",
              nested -> nested.incrBy("rt:tx:" + protocol, 1)));
        }
        pipe.execute();
      }
      assertEquals(before + 1, counter.roundTrips(), "100 nested calls in MULTI/EXEC: one trip");
      for (int i = 0; i < 100; i++) {
        assertEquals(i + 1L, results.get(i).get());
      }
    }
  }
}

package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Whatever ran before, a class starts on an empty server. */
@RedisTest
class CleanDataPerClassTest {
  @Test
  void startsEmpty(RedisClient client) {
    assertEquals(0, client.dbSize());
    client.set("this-class-was-here", "1");
  }
}

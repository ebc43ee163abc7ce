package io.redpipe.examples.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class JedisVsRedPipeTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void bothSidesOfEveryPairDoTheSame(RedisClient client) {
    RedPipe.connect(client);
    RedPipe.connect("bank", client, true);
    assertEquals(2L, JedisVsRedPipe.jedisIncrTwo(client, "mig:a", "mig:b"));
    assertEquals(4L, JedisVsRedPipe.redPipeIncrTwo("mig:a", "mig:b"));

    client.set("score:ann", "7");
    List<String> users = List.of("ann", "ben");
    assertEquals(List.of(7L, 0L), JedisVsRedPipe.jedisScores(client, users));
    assertEquals(List.of(7L, 0L), JedisVsRedPipe.redPipeScores(users));
    assertEquals(7L, JedisVsRedPipe.redPipeScore("ann", null).get());

    assertEquals(1L, JedisVsRedPipe.jedisVisit(client, "mig", true));
    assertEquals(2L, JedisVsRedPipe.redPipeVisit("mig", false));
    assertEquals("", client.hget("Person{mig}", "admin"));

    client.set("mig:from", "10");
    assertEquals(List.of(7L, 3L), JedisVsRedPipe.jedisTransfer(client, "mig:from", "mig:to", 3));
    assertEquals(List.of(4L, 6L), JedisVsRedPipe.redPipeTransfer("mig:from", "mig:to", 3));
  }
}

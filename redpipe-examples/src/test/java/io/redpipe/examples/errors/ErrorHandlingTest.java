package io.redpipe.examples.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class ErrorHandlingTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void successFillsFuturesAndRunsCallbacks(RedisClient client) {
    RedPipe.connect(client);
    assertEquals(new ErrorHandling.Outcome(List.of("ok"), true, true),
        ErrorHandling.incrementBoth("err:a", "err:b"));
  }

  @Test
  void aFailedCommandFailsTheExecuteButOthersRan(RedisClient client) {
    RedPipe.connect(client);
    client.set("err:text", "not a number");
    ErrorHandling.Outcome outcome = ErrorHandling.incrementBoth("err:c", "err:text");
    assertEquals(1, outcome.lines().size(), outcome.toString());
    assertTrue(outcome.lines().get(0).startsWith("failed: command #1 INCR"), outcome.toString());
    assertFalse(outcome.callbackRan());
    assertFalse(outcome.futureFilled());
    assertEquals("1", client.get("err:c"), "the healthy INCR was sent and took effect");
  }

  @Test
  void badValuesAreRefusedBeforeAnythingIsSent(RedisClient client) {
    RedPipe.connect(client);
    String message = ErrorHandling.storeVisitsAsText("bam", "3");
    assertTrue(message.contains("Person{bam}") && message.contains("visits"), message);
    assertFalse(client.exists("Person{bam}"));
  }
}

package io.redpipe.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.CommandFailure;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/** {@link PipelineFailed} stays short when thousands of commands failed. */
@RedisTest
class FaultPipelineFailedTest {

  /** A real batch of 3,000 refused commands: the message lists 10, failures() all. */
  @Test
  void thousandsOfFailedCommandsGiveAShortMessage(RedisClient client) {
    RedPipeContext context = RedPipeContext.create();
    ConnectionRegistry registry = context.connections();
    registry.connect("many", client, false);
    String key = "fault:messages:string";
    client.set(key, "not a hash");
    int count = 3000;
    List<Future<String>> futures = new ArrayList<>();
    try (Pipeline pipe = Pipelines.root(context, "many")) {
      for (int i = 0; i < count; i++) {
        futures.add(pipe.hget(key, "f" + i));
      }
      PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
      assertEquals(count, failed.failures().size());
      String message = failed.getMessage();
      assertTrue(message.contains("command #0 HGET b'fault:messages:string' b'f0'"), message);
      assertTrue(message.contains("command #9 HGET"), message);
      assertFalse(message.contains("command #10 HGET"), message);
      assertTrue(message.endsWith("; ... and 2990 more failures (failures() lists all 3000)"),
          message);
      assertTrue(message.length() < PipelineFailed.LISTED * (PipelineFailed.TEXT_LIMIT + 40)
          + 200, "message of " + message.length() + " characters");
      assertTrue(failed.getSuppressed().length <= PipelineFailed.LISTED - 1,
          failed.getSuppressed().length + " suppressed");
      assertEquals(count - 1, failed.failures().get(count - 1).position());
    }
    futures.forEach(future -> assertFalse(future.isReady()));
    client.del(key);
  }

  @Test
  void aSharedConnectionErrorIsSuppressedOnceAndLongTextsAreCut() {
    JedisConnectionException lost = new JedisConnectionException("Unexpected end of stream.");
    List<CommandFailure> failures = new ArrayList<>();
    for (int i = 0; i < 5000; i++) {
      failures.add(new CommandFailure("c", i, "INCR b'k" + i + "'", lost));
    }
    PipelineFailed failed = new PipelineFailed(failures);
    assertSame(lost, failed.getCause());
    assertEquals(0, failed.getSuppressed().length, "one shared exception, added once");
    assertEquals(5000, failed.failures().size());
    assertTrue(failed.getMessage().endsWith("and 4990 more failures (failures() lists all 5000)"),
        failed.getMessage());

    String huge = "ERR " + "x".repeat(20_000);
    PipelineFailed cut = new PipelineFailed(List.of(
        new CommandFailure("", 0, "EVAL", new JedisDataException(huge)),
        new CommandFailure("", 1, "GET b'k'", new JedisDataException("WRONGTYPE short"))));
    assertTrue(cut.getMessage().length() < 2 * PipelineFailed.TEXT_LIMIT + 200,
        cut.getMessage().length() + " characters");
    assertTrue(cut.getMessage().contains("more characters)"), cut.getMessage());
    assertTrue(cut.getMessage().endsWith("command #1 GET b'k' on the default connection:"
        + " WRONGTYPE short"), cut.getMessage());
    assertEquals(1, cut.getSuppressed().length);
    assertFalse(cut.getMessage().contains("more failure"), cut.getMessage());
  }
}

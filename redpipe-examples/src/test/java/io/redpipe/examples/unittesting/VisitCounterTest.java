package io.redpipe.examples.unittesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Unit tests of {@link VisitCounter} without a Redis server: milliseconds, no I/O. */
class VisitCounterTest {
  @Test
  void aVisitIsAnIncrementAndALoadInOneRoundTrip() {
    RecordingRedis redis = RecordingRedis.create()
        .answer("HINCRBY", "user{1}", Reply.integer(4))
        .answer("HGETALL", "user{1}", Reply.map("name", "Ann", "logins", "4"));
    try (RedisClient client = redis.newClient(); RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      UserStruct ann = VisitCounter.visit("1", context);
      assertEquals(4, ann.logins());
      assertEquals("Ann", ann.name());
    }
    assertEquals(List.of("HINCRBY user{1} logins 1", "HGETALL user{1}"), redis.commandLines());
    assertEquals(1, redis.roundTrips());
  }

  @Test
  void manyVisitsShareOneRoundTrip() {
    RecordingRedis redis = RecordingRedis.create()
        .answer("HINCRBY", Reply.integer(1))
        .answer(command -> command.name().equals("HGETALL")
            ? Reply.map("name", "user " + command.key(), "logins", "1") : null);
    try (RedisClient client = redis.newClient(); RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      VisitCounter.visitAll(context, "1", "2", "3");
    }
    assertEquals(6, redis.commandLines().size());
    assertEquals(1, redis.roundTrips());
  }

  @Test
  void aFailureReachesTheCaller() {
    RecordingRedis redis = RecordingRedis.create()
        .answer("HINCRBY", Reply.error("ERR hash value is not an integer"));
    try (RedisClient client = redis.newClient(); RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      PipelineFailed failed =
          assertThrows(PipelineFailed.class, () -> VisitCounter.visit("1", context));
      assertEquals("ERR hash value is not an integer", failed.getCause().getMessage());
    }
  }
}

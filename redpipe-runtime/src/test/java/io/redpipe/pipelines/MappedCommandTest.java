package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.RedPipeContext;
import io.redpipe.ResultFailed;
import io.redpipe.futures.Future;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisClient;

/**
 * Commands whose future holds the mapped reply ({@link Pipelines#executeMapped},
 * {@link Pipelines#queueKeyed}): what the function gets, what a throwing function does, and what
 * is refused before anything is queued. On a recording Redis (no server needed).
 */
class MappedCommandTest {
  private static byte[] b(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Runs {@code work} on one pipeline of a recording Redis (GET: "value", HSET: 1). */
  private static RecordingRedis run(Consumer<Pipeline> work) {
    RecordingRedis recording = RecordingRedis.create().answer("GET", Reply.bulk("value"))
        .answer("HSET", Reply.integer(1));
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        work.accept(pipe);
      }
    }
    return recording;
  }

  @Test
  void aKeyedFunctionGetsTheKeyItWasSentWithAndTheDecodedReply() {
    List<byte[]> keys = new ArrayList<>();
    BiFunction<byte[], String, Integer> length = (key, reply) -> {
      keys.add(key);
      return reply.length();
    };
    RecordingRedis recording = run(pipe -> {
      Future<Integer> first = Pipelines.queueKeyed(pipe, BuilderFactory.STRING, length,
          Protocol.Command.GET, b("k1"), null, null);
      Future<Integer> second = Pipelines.queueKeyed(pipe, BuilderFactory.STRING, length,
          Protocol.Command.GET, b("k2"), null, null);
      pipe.execute();
      assertEquals(5, first.get());
      assertEquals(5, second.get());
    });
    assertEquals(2, keys.size());
    assertArrayEquals(b("k1"), keys.get(0));
    assertArrayEquals(b("k2"), keys.get(1));
    assertEquals(List.of("GET k1", "GET k2"), recording.commandLines());
  }

  @Test
  void withoutAFunctionTheFutureHoldsTheDecodedReply() {
    RecordingRedis recording = run(pipe -> {
      Future<byte[]> value = Pipelines.queueKeyed(pipe, BuilderFactory.BINARY, null,
          Protocol.Command.GET, b("k"), null, null);
      Future<Long> set = Pipelines.queueKeyed(pipe, BuilderFactory.LONG, null,
          Protocol.Command.HSET, b("h"), b("f"), new byte[][] {b("v")});
      pipe.execute();
      assertArrayEquals(b("value"), value.get());
      assertEquals(1L, set.get());
    });
    assertEquals(List.of("GET k", "HSET h f v"), recording.commandLines());
  }

  @Test
  void aThrowingFunctionFailsItsFutureAndTheExecuteThrowsItAfterFillingTheOthers() {
    IllegalStateException thrown = new IllegalStateException("cannot map");
    run(pipe -> {
      Future<String> failing = Pipelines.queueKeyed(pipe, BuilderFactory.STRING,
          (key, reply) -> {
            throw thrown;
          }, Protocol.Command.GET, b("k"), null, null);
      Future<String> after = pipe.get("k2");
      assertSame(thrown, assertThrows(IllegalStateException.class, pipe::execute));
      ResultFailed failure = assertThrows(ResultFailed.class, failing::get);
      assertSame(thrown, failure.getCause());
      assertEquals("value", after.get());
    });
  }

  @Test
  void aNullPartIsRefusedBeforeAnythingIsQueued() {
    RecordingRedis recording = run(pipe -> {
      assertThrows(NullPointerException.class, () -> Pipelines.queueKeyed(pipe,
          BuilderFactory.LONG, null, Protocol.Command.HSET, null, b("f"), null));
      assertThrows(NullPointerException.class, () -> Pipelines.queueKeyed(pipe,
          BuilderFactory.LONG, null, Protocol.Command.HSET, b("h"), null, new byte[][] {b("v")}));
      assertThrows(NullPointerException.class, () -> Pipelines.queueKeyed(pipe,
          BuilderFactory.LONG, null, Protocol.Command.HSET, b("h"), b("f"), new byte[][] {null}));
      Future<String> value = pipe.get("k");
      pipe.execute();
      assertEquals("value", value.get());
    });
    assertEquals(List.of("GET k"), recording.commandLines());
  }
}

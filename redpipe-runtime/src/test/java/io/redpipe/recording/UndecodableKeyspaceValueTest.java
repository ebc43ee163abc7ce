package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipeContext;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.ListKeyspace;
import io.redpipe.keyspaces.SetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * A value a keyspace cannot decode fails its future and the execute with an
 * {@code UndecodableValue} naming the key it was read from (the one decoder of a keyspace is
 * given each call's key), while the other commands' futures are filled.
 */
class UndecodableKeyspaceValueTest {
  private static final KeyspaceSpec<Long> NUMBERS = KeyspaceSpec.of("N", null, Codecs.INTEGER);

  private static UndecodableValue readBack(Reply bad, Function<Pipeline, Future<?>> read) {
    RecordingRedis recording = RecordingRedis.create().answer("GET", Reply.bulk("7"))
        .answer("LRANGE", bad).answer("SMEMBERS", bad).answer("RPOP", bad);
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        Future<Long> good = new StringKeyspace<>(NUMBERS, pipe).get("ok");
        Future<?> undecodable = read.apply(pipe);
        UndecodableValue thrown = assertThrows(UndecodableValue.class, pipe::execute);
        assertEquals(7L, good.get());
        assertTrue(undecodable.isFailed());
        return thrown;
      }
    }
  }

  @Test
  void aSingleValueNamesItsKey() {
    UndecodableValue e = readBack(Reply.bulk("seven"),
        pipe -> new ListKeyspace<>(NUMBERS, pipe).rpop("é1"));
    assertTrue(e.getMessage().startsWith("N{é1} value: cannot decode "), e.getMessage());
    assertTrue(e.getMessage().contains("\"seven\""), e.getMessage());
  }

  @Test
  void aValueOfAListNamesItsKey() {
    UndecodableValue e = readBack(Reply.texts("1", "x"),
        pipe -> new ListKeyspace<>(NUMBERS, pipe).lrange("q", 0, -1));
    assertTrue(e.getMessage().startsWith("N{q} value: cannot decode "), e.getMessage());
  }

  @Test
  void aMemberOfASetNamesItsKey() {
    UndecodableValue e = readBack(Reply.texts("y"),
        pipe -> new SetKeyspace<>(NUMBERS, pipe).smembers("s"));
    assertTrue(e.getMessage().startsWith("N{s} value: cannot decode "), e.getMessage());
  }
}

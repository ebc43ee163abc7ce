package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * Pipelines on a connection in transaction mode (MULTI/EXEC). Single server only: RedPipe's
 * cluster connections do not offer transactions, so {@link PipelineTest} covers the rest on both
 * backends.
 */
@RedisTest
class PipelineTransactionTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void transactionModeWrapsTheBatchInMultiExec(RedisServer server) {
    try (RedisClient client = server.newClient()) {
      RedPipe.connect("pt-tx", client, true);
      Future<Long> first;
      Future<Long> second;
      try (Pipeline pipe = RedPipe.pipeline("pt-tx")) {
        first = pipe.incr("pt:tx");
        second = pipe.incr("pt:tx");
        pipe.execute();
      }
      assertEquals(1L, first.get());
      assertEquals(2L, second.get());
      try (Pipeline pipe = RedPipe.pipeline("pt-tx")) {
        pipe.set("pt:tx:s", "x");
        pipe.incr("pt:tx:s");
        PipelineFailed e = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(e.getMessage().contains("command #1 INCR b'pt:tx:s' on connection 'pt-tx'"),
            e.getMessage());
      }
    }
  }

  /**
   * A command Redis refuses while queueing (unknown command) aborts the whole MULTI/EXEC: the SET
   * queued before it does not take effect, which only happens inside a transaction.
   */
  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void aTransactionIsAllOrNothing(RedisProtocol protocol, RedisServer server) {
    String key = "pt:atomic:" + protocol;
    try (RedisClient client = server.newClient(protocol)) {
      RedPipe.connect("pt-atomic", client, true);
      RedPipe.connect("pt-plain", client, false);
      for (String name : List.of("pt-atomic", "pt-plain")) {
        try (Pipeline pipe = RedPipe.pipeline(name)) {
          Future<String> set = pipe.set(key, name);
          pipe.executeCommand(new CommandObject<>(
              new CommandArguments(() -> "NOSUCHCMD".getBytes(StandardCharsets.UTF_8)),
              BuilderFactory.STRING));
          PipelineFailed e = assertThrows(PipelineFailed.class, pipe::execute);
          assertEquals(1, e.failures().size(), e.getMessage());
          assertEquals(1, e.failures().get(0).position(), e.getMessage());
          assertTrue(e.getMessage().contains("command #1 NOSUCHCMD"), e.getMessage());
          assertTrue(e.getCause().getMessage().contains("unknown command"), e.getMessage());
          assertFalse(set.isReady());
        }
      }
      assertEquals("pt-plain", client.get(key));
      try (Pipeline pipe = RedPipe.pipeline("pt-atomic")) {
        Future<Long> deleted = pipe.del(key);
        Future<List<String>> empty = pipe.lrange(key, 0, -1);
        pipe.hset(key + ":h", Map.of("f", "v"));
        Future<Map<String, String>> hash = pipe.hgetAll(key + ":h");
        Future<Double> score = pipe.zincrby(key + ":z", 1.5, "m");
        Future<Boolean> exists = pipe.exists(key + ":h");
        pipe.del(key + ":h", key + ":z");
        pipe.execute();
        assertEquals(1L, deleted.get());
        assertEquals(List.of(), empty.get());
        assertEquals(Map.of("f", "v"), hash.get());
        assertEquals(1.5, score.get());
        assertEquals(true, exists.get());
      }
    }
  }
}

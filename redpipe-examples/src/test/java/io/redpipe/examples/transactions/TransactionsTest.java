package io.redpipe.examples.transactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.ServerCounters;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class TransactionsTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  private static long execCalls(RedisClient client) {
    return ServerCounters.calls(client::info, "exec");
  }

  @Test
  void aloneOneTransaction(RedisClient client) {
    Transactions.connect(client);
    client.set("tx:alice", "100");
    long before = execCalls(client);
    assertEquals(List.of(70L, 30L), Transactions.transfer("tx:alice", "tx:bob", 30, null).get());
    assertEquals(before + 1, execCalls(client));
  }

  @Test
  void twoTransfersNestedShareOneTransaction(RedisClient client) {
    Transactions.connect(client);
    client.set("tx:carol", "10");
    long before = execCalls(client);
    try (Pipeline pipe = RedPipe.pipeline(Transactions.BANK)) {
      Future<List<Long>> first = Transactions.transfer("tx:carol", "tx:dave", 4, pipe);
      Future<List<Long>> second = Transactions.transfer("tx:dave", "tx:erin", 1, pipe);
      pipe.execute();
      assertEquals(List.of(6L, 4L), first.get());
      assertEquals(List.of(3L, 1L), second.get());
    }
    assertEquals(before + 1, execCalls(client));
  }
}

package io.redpipe.examples.transactions;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * The "Transactions" chapter: transactions are a property of a connection, off by default. A
 * connection made with {@code transaction = true} sends each of its batches inside MULTI/EXEC.
 */
public final class Transactions {
  /** The named connection whose batches run in MULTI/EXEC. */
  public static final String BANK = "bank";

  private Transactions() {}

  /** Connects {@code client} as {@value #BANK}, with transactions. */
  public static void connect(UnifiedJedis client) {
    RedPipe.connect(BANK, client, true);
  }

  /**
   * Moves {@code amount} from balance {@code from} to balance {@code to} atomically; returns
   * both new balances. Works alone or nested in a parent pipeline on the {@value #BANK}
   * connection's batch.
   */
  public static Future<List<Long>> transfer(String from, String to, long amount, Pipeline parent) {
    return RedPipe.autoexec(parent, BANK, pipe -> {
      Future<Long> left = pipe.decrBy(from, amount);
      Future<Long> right = pipe.incrBy(to, amount);
      Future<List<Long>> both = Future.create();
      pipe.onExecute(() -> both.set(List.of(left.get(), right.get())));
      return both;
    });
  }
}

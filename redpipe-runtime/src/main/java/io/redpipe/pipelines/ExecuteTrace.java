package io.redpipe.pipelines;

import io.redpipe.ExecuteTimedOut;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.Outcome;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisMovedDataException;

/**
 * The batches one root execute sent, recorded only when its context has listeners. Batches of
 * several connections and nodes end in parallel threads.
 */
final class ExecuteTrace {
  private final List<BatchEvent> batches = new ArrayList<>();
  private final long start;

  /** A trace of an execute that started at {@code start} ({@link System#nanoTime()}). */
  ExecuteTrace(long start) {
    this.start = start;
  }

  /** Records how {@code batch} of {@code connection} went; it ran from {@code began} on. */
  void record(NodeBatch batch, String connection, boolean cluster, boolean retry, long began,
      long nanos) {
    int moved = 0;
    int asked = 0;
    int failed = 0;
    List<Object> replies = batch.replies();
    if (replies != null) {
      for (Object reply : replies) {
        if (reply instanceof JedisMovedDataException) {
          moved++;
        } else if (reply instanceof JedisAskDataException) {
          asked++;
        } else if (reply instanceof JedisDataException) {
          failed++;
        } else if (batch.mode() == NodeBatch.Mode.TRANSACTION && reply instanceof List) {
          for (Object inner : (List<?>) reply) {
            if (inner instanceof JedisDataException) {
              failed++;
            }
          }
        }
      }
    }
    RuntimeException failure = batch.failure();
    Outcome outcome = failure instanceof ExecuteTimedOut ? Outcome.TIMED_OUT
        : failure != null ? Outcome.CONNECTION_FAILED
        : failed > 0 ? Outcome.COMMAND_FAILED : Outcome.SUCCESS;
    HostAndPort server = batch.server();
    BatchEvent event = new BatchEvent(connection, server == null ? null : server.getHost(),
        server == null ? -1 : server.getPort(), cluster, batch.mode() == NodeBatch.Mode.TRANSACTION,
        batch.size(), retry, moved, asked, failed, batch.written(), began - start, nanos,
        batch.commandNames(), outcome, failure);
    synchronized (this) {
      batches.add(event);
    }
  }

  synchronized List<BatchEvent> batches() {
    return new ArrayList<>(batches);
  }

  /** The worst outcome of the batches; {@link Outcome#REFUSED} when there is none. */
  synchronized Outcome outcome() {
    if (batches.isEmpty()) {
      return Outcome.REFUSED;
    }
    Outcome worst = Outcome.SUCCESS;
    for (BatchEvent batch : batches) {
      if (rank(batch.outcome()) > rank(worst)) {
        worst = batch.outcome();
      }
    }
    return worst;
  }

  private static int rank(Outcome outcome) {
    switch (outcome) {
      case TIMED_OUT:
        return 3;
      case CONNECTION_FAILED:
        return 2;
      case COMMAND_FAILED:
        return 1;
      default:
        return 0;
    }
  }
}

package io.redpipe.observability;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What one root execute did: delivered to each {@link ExecuteListener} of its context once the
 * execute ended (its futures are complete; its callbacks have not run yet).
 *
 * @param context the context's name
 * @param async whether it ran through {@code executeAsync()}
 * @param commands how many commands the root sent (its queue)
 * @param start when it started (wall clock, for tracing)
 * @param durationNanos how long it took, from its start to the last reply decoded
 * @param outcome how it ended: the worst outcome of its batches, or {@link Outcome#REFUSED}
 * @param failure what {@code execute()} threw, or {@code null}
 * @param failures how many failures {@code PipelineFailed} lists (a failed batch counts once), or 1
 *     for another exception
 * @param batches its round trips, in the order they ended
 */
public record ExecuteEvent(String context, boolean async, int commands, Instant start,
    long durationNanos, Outcome outcome, Throwable failure, int failures,
    List<BatchEvent> batches) {
  /** Checks and copies the components. */
  public ExecuteEvent {
    Objects.requireNonNull(context, "context");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(outcome, "outcome");
    batches = List.copyOf(batches);
  }

  /**
   * The round trips the execute cost: the batches that wrote to a server.
   *
   * @return how many batches were written
   */
  public int roundTrips() {
    int count = 0;
    for (BatchEvent batch : batches) {
      if (batch.written()) {
        count++;
      }
    }
    return count;
  }

  /**
   * The {@code MOVED} and {@code ASK} redirects of all batches.
   *
   * @return how many replies were redirects
   */
  public int redirects() {
    int count = 0;
    for (BatchEvent batch : batches) {
      count += batch.moved() + batch.asked();
    }
    return count;
  }

  /**
   * The names of the connections the execute sent to, in the order their batches ended.
   *
   * @return distinct names; {@code ""} is the default connection
   */
  public List<String> connections() {
    return batches.stream().map(BatchEvent::connection).distinct().toList();
  }
}

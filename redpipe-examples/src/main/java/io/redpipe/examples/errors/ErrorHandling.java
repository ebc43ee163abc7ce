package io.redpipe.examples.errors;

import io.redpipe.CommandFailure;
import io.redpipe.InvalidValue;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.examples.hashfields.PersonKeyspace;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Error Handling" chapter. A Redis error surfaces from {@code execute()} as
 * {@link PipelineFailed} naming each failed command; the execute fails as a whole (no future is
 * filled, no callback runs), but commands that did not fail were sent and may have taken effect.
 * Bad values are refused with {@link InvalidValue} before anything is queued.
 */
public final class ErrorHandling {
  private ErrorHandling() {}

  /** What one attempt did: the outcome lines, in order. */
  public record Outcome(List<String> lines, boolean callbackRan, boolean futureFilled) {}

  /**
   * Increments {@code counter} and {@code other} in one round trip and reports what happened.
   * When {@code other} holds a non-integer, the INCR of {@code counter} still happened on the
   * server, but the futures stay empty and the callback does not run: design for retries.
   */
  public static Outcome incrementBoth(String counter, String other) {
    List<String> lines = new ArrayList<>();
    boolean[] callbackRan = {false};
    Future<Long> first;
    try (Pipeline pipe = RedPipe.pipeline()) {
      first = pipe.incr(counter);
      pipe.incr(other);
      pipe.onExecute(() -> callbackRan[0] = true);
      try {
        pipe.execute();
        lines.add("ok");
      } catch (PipelineFailed e) {
        for (CommandFailure failure : e.failures()) {
          lines.add("failed: command #" + failure.position() + " " + failure.command());
        }
      }
    }
    return new Outcome(lines, callbackRan[0], first.isReady());
  }

  /**
   * Writes a visit count given as text through the typed keyspace's untyped {@code hset}: an
   * INTEGER member refuses a String at once, naming the key and the member. Returns the message.
   */
  public static String storeVisitsAsText(String id, String visits) {
    try {
      PersonKeyspace.of().hset(id, PersonKeyspace.VISITS, visits);
      return "stored";
    } catch (InvalidValue e) {
      return e.getMessage();
    }
  }
}

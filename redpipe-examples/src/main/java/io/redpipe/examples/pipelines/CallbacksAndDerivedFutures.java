package io.redpipe.examples.pipelines;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;

/** Derived futures ({@code map}) and a user future set from an {@code onExecute} callback. */
public final class CallbacksAndDerivedFutures {
  private CallbacksAndDerivedFutures() {}

  /**
   * Returns e.g. {@code "alice has 3 points of 10"}, read in one round trip: ready on return
   * without a parent, else set by the callback once the root pipeline executed.
   */
  public static Future<String> scoreLine(String user, Pipeline parent) {
    Future<String> line = Future.create();
    try (Pipeline pipe = RedPipe.pipeline(parent)) {
      Future<Long> points = pipe.get("points:" + user).map(v -> v == null ? 0L : Long.parseLong(v));
      Future<Long> max = pipe.get("points:max").map(v -> v == null ? 0L : Long.parseLong(v));
      pipe.onExecute(() -> line.set(user + " has " + points.get() + " points of " + max.get()));
      pipe.execute();
    }
    return line;
  }
}

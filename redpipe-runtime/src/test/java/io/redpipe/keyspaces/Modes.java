package io.redpipe.keyspaces;

import io.redpipe.RedPipe;
import io.redpipe.pipelines.Pipeline;
import java.util.function.BiFunction;

/** Runs a scenario once without a pipeline and once inside a shared pipeline. */
final class Modes {
  private Modes() {}

  /**
   * {@code body} queues its commands on ids starting with the given id base and returns the
   * assertions to run once they executed.
   */
  static void aloneAndPipelined(String idBase, BiFunction<Pipeline, String, Runnable> body) {
    body.apply(null, idBase + ":alone").run();
    try (Pipeline pipe = RedPipe.pipeline()) {
      Runnable check = body.apply(pipe, idBase + ":piped");
      pipe.execute();
      check.run();
    }
  }
}

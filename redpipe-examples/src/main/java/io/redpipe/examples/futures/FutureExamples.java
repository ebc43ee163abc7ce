package io.redpipe.examples.futures;

import io.redpipe.RedPipe;
import io.redpipe.ResultNotReady;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * The "Futures", "Automatic Pipeline Execution" and "Callbacks" chapters: a future per command,
 * {@code autoexec}, derived futures and a user future set from an {@code onExecute} callback.
 */
public final class FutureExamples {
  private FutureExamples() {}

  /**
   * Python RedPipe's {@code incr_sum}: increments every key and returns the sum of the new
   * values. Alone it is one round trip; with a parent it joins the parent's round trip and the
   * sum is set by a callback once the root executed.
   */
  public static Future<Long> incrSum(List<String> keys, Pipeline parent) {
    Future<Long> sum = Future.create();
    RedPipe.autoexec(parent, pipe -> {
      List<Future<Long>> results = new ArrayList<>();
      for (String key : keys) {
        results.add(pipe.incr(key));
      }
      pipe.onExecute(() -> sum.set(results.stream().mapToLong(Future::get).sum()));
      return null;
    });
    return sum;
  }

  /** Reads a counter formatted as {@code "<key> = <value>"} through a derived future. */
  public static Future<String> describe(String key, Pipeline parent) {
    return RedPipe.autoexec(parent,
        pipe -> pipe.get(key).map(value -> key + " = " + (value == null ? "0" : value)));
  }

  /** Increments {@code key} and hands the result on as a {@link CompletionStage}. */
  public static CompletionStage<Long> incrementAsStage(String key, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> pipe.incr(key)).toCompletionStage();
  }

  /**
   * Shows what happens when a future is read too early: returns the {@link ResultNotReady}
   * message, then executes the pipeline and returns the value.
   */
  public static List<String> readTooEarly(String key) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> value = pipe.incr(key);
      String early;
      try {
        early = "read " + value.get();
      } catch (ResultNotReady e) {
        early = "ResultNotReady: " + e.getMessage();
      }
      pipe.execute();
      return List.of(early, "read " + value.get());
    }
  }
}

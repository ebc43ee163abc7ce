package io.redpipe.examples.pipelines;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;

/**
 * A function that works alone (one round trip) and composed (joins its caller's round trip):
 * it takes a nullable parent pipeline and queues through {@code RedPipe.autoexec}.
 */
public final class ReusableFunctions {
  private ReusableFunctions() {}

  /** Increments {@code key} and gives it a 60 second TTL; returns the new value. */
  public static Future<Long> incrementAndExpire(String key, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> {
      Future<Long> value = pipe.incr(key);
      pipe.expire(key, 60);
      return value;
    });
  }

  /** Counts a visit to each page, all in one round trip; returns the new counts. */
  public static List<Long> countVisits(List<String> pages) {
    List<Future<Long>> counts = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (String page : pages) {
        counts.add(incrementAndExpire("visits:" + page, pipe));
      }
      pipe.execute();
    }
    List<Long> values = new ArrayList<>();
    for (Future<Long> count : counts) {
      values.add(count.get());
    }
    return values;
  }
}

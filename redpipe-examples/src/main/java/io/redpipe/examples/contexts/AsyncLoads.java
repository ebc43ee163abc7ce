package io.redpipe.examples.contexts;

import io.redpipe.RedPipeContext;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code executeAsync}: a root execute that returns at once with a {@link CompletableFuture},
 * completed after the futures and the structs are filled (or exceptionally, with the futures
 * failed, when the execute fails).
 */
public final class AsyncLoads {
  private AsyncLoads() {}

  /**
   * Loads the users {@code ids} in one round trip, asynchronously, on {@code context}; the stage
   * holds the names in order.
   */
  public static CompletableFuture<List<String>> names(List<String> ids, RedPipeContext context) {
    List<UserStruct> users = new ArrayList<>();
    CompletableFuture<Void> done;
    try (Pipeline pipe = context.pipeline()) {
      for (String id : ids) {
        users.add(UserStruct.load(id, pipe));
      }
      done = pipe.executeAsync();   // the queue is taken now; closing the pipeline is fine
    }
    return done.thenApply(ignored -> {
      List<String> names = new ArrayList<>(users.size());
      users.forEach(user -> names.add(user.name()));
      return names;
    });
  }

  /**
   * Counts a visit of each page and returns the total, asynchronously: a future per command,
   * combined with {@link Future#all}, bridged to a stage. When the execute fails the stage
   * completes exceptionally; it never hangs.
   */
  public static CompletableFuture<Long> visitAll(List<String> pages, RedPipeContext context) {
    List<Future<Long>> counts = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      for (String page : pages) {
        counts.add(pipe.incr("visits:" + page));
      }
      Future<Long> total = Future.all(counts).map(values -> {
        long sum = 0;
        for (long value : values) {
          sum += value;
        }
        return sum;
      });
      pipe.executeAsync();
      return total.toCompletionStage().toCompletableFuture();
    }
  }
}

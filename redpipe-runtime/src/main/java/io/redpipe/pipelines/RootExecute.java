package io.redpipe.pipelines;

import io.redpipe.RedPipeContext;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A root pipeline's execute: sends what it took from the root queue, completes the futures, runs
 * the callbacks; in the calling thread or on the context's async executor. Every future it was
 * given completes: with its value, or with the failure that stopped the execute.
 */
final class RootExecute {
  private RootExecute() {}

  /** Executes now; {@code commands} and {@code callbacks} may be {@code null} (none). */
  static void run(RedPipeContext context, List<QueuedCommand<?>> commands,
      List<Runnable> callbacks) {
    try {
      context.ensureOpen();
      if (commands != null && !commands.isEmpty()) {
        new BatchExecutor(context, Deadline.after(context.executeTimeout())).execute(commands);
      }
    } catch (RuntimeException | Error e) {
      failPending(commands, e);
      throw e;
    }
    if (callbacks != null) {
      for (Runnable callback : callbacks) {
        callback.run();
      }
    }
  }

  /** Executes on the context's async executor; the stage completes when {@link #run} ended. */
  static CompletableFuture<Void> runAsync(RedPipeContext context,
      List<QueuedCommand<?>> commands, List<Runnable> callbacks) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Runnable task = () -> {
      try {
        run(context, commands, callbacks);
      } catch (Throwable e) {
        done.completeExceptionally(e);
        return;
      }
      done.complete(null);
    };
    try {
      context.ensureOpen();
      context.asyncExecutor().execute(task);
    } catch (RuntimeException e) {  // closed context, or the executor refused the task
      failPending(commands, e);
      done.completeExceptionally(e);
    }
    return done;
  }

  /** Fails every future of {@code commands} that is not complete yet with {@code cause}. */
  static void failPending(List<QueuedCommand<?>> commands, Throwable cause) {
    if (commands != null) {
      for (int i = 0, size = commands.size(); i < size; i++) {
        commands.get(i).failWith(cause);
      }
    }
  }
}

package io.redpipe.pipelines;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.observability.Listeners;
import io.redpipe.observability.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A root pipeline's execute: sends what it took from the root queue, completes the futures,
 * tells the context's listeners, runs the callbacks; in the calling thread or on the context's
 * async executor. Every future it was given completes: with its value, or with the failure that
 * stopped the execute.
 */
final class RootExecute {
  private RootExecute() {}

  /** Executes now; {@code commands} and {@code callbacks} may be {@code null} (none). */
  static void run(RedPipeContext context, List<QueuedCommand<?>> commands,
      List<Runnable> callbacks, ReadPolicy readPolicy) {
    run(context, commands, callbacks, readPolicy, started(context, commands), false);
  }

  /** The listeners told of the start, or {@code null} when there are none or nothing to send. */
  private static Listeners.Started started(RedPipeContext context,
      List<QueuedCommand<?>> commands) {
    Listeners listeners = context.listeners();
    if (listeners.isEmpty() || commands == null || commands.isEmpty()) {
      return null;
    }
    return listeners.started(context.name(), commands.size());
  }

  private static void run(RedPipeContext context, List<QueuedCommand<?>> commands,
      List<Runnable> callbacks, ReadPolicy readPolicy, Listeners.Started started,
      boolean async) {
    long start = started == null ? 0 : System.nanoTime();
    Instant wall = started == null ? null : Instant.now();
    ExecuteTrace trace = started == null ? null : new ExecuteTrace(start);
    try {
      context.ensureOpen();
      if (commands != null && !commands.isEmpty()) {
        new BatchExecutor(context, Deadline.after(context.executeTimeout()), trace, readPolicy)
            .execute(commands);
      }
    } catch (RuntimeException | Error e) {
      failPending(commands, e);
      if (trace != null) {
        report(context, started, trace, commands, wall, start, async, e);
      }
      throw e;
    }
    if (trace != null) {
      report(context, started, trace, commands, wall, start, async, null);
    }
    if (callbacks != null) {
      for (Runnable callback : callbacks) {
        callback.run();
      }
    }
  }

  private static void report(RedPipeContext context, Listeners.Started started,
      ExecuteTrace trace, List<QueuedCommand<?>> commands, Instant wall, long start,
      boolean async, Throwable failure) {
    long duration = System.nanoTime() - start;
    Outcome outcome = failure == null ? Outcome.SUCCESS : trace.outcome();
    if (failure != null && outcome == Outcome.SUCCESS) {
      outcome = Outcome.COMMAND_FAILED;  // a map function threw while the futures were filled
    }
    int failures = failure instanceof PipelineFailed
        ? ((PipelineFailed) failure).failures().size() : failure == null ? 0 : 1;
    context.listeners().ended(started, new ExecuteEvent(context.name(), async, commands.size(),
        wall, duration, outcome, failure, failures, trace.batches()));
  }

  /** Executes on the context's async executor; the stage completes when {@link #run} ended. */
  static CompletableFuture<Void> runAsync(RedPipeContext context,
      List<QueuedCommand<?>> commands, List<Runnable> callbacks, ReadPolicy readPolicy) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Listeners.Started started = started(context, commands);
    Runnable task = () -> {
      try {
        run(context, commands, callbacks, readPolicy, started, true);
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

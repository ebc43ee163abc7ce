package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.InvalidPipeline;
import io.redpipe.PipelineFailed;
import io.redpipe.connections.Connection;
import io.redpipe.connections.ConnectionRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Executes a root's queue: one batch per connection, several batches in parallel unless threads
 * are disabled, and fills the futures in queue order only when every batch succeeded.
 */
final class BatchExecutor {
  private final ConnectionRegistry registry;

  BatchExecutor(ConnectionRegistry registry) {
    this.registry = registry;
  }

  void execute(List<QueuedCommand<?>> queue) {
    Map<String, Batch> batches = new LinkedHashMap<>();
    for (int position = 0; position < queue.size(); position++) {
      QueuedCommand<?> command = queue.get(position);
      Batch batch = batches.get(command.connectionName());
      if (batch == null) {
        batch = new Batch(connectionFor(command));
        batches.put(command.connectionName(), batch);
      }
      batch.add(position, command);
    }
    List<Batch> all = new ArrayList<>(batches.values());
    if (all.size() > 1 && registry.threadsEnabled()) {
      runInParallel(all);
    } else {
      all.forEach(Batch::run);
    }
    List<CommandFailure> failures = new ArrayList<>();
    all.forEach(batch -> failures.addAll(batch.failures()));
    if (!failures.isEmpty()) {
      failures.sort(Comparator.comparingInt(CommandFailure::position));
      throw new PipelineFailed(failures);
    }
    fill(queue, batches);
  }

  private Connection connectionFor(QueuedCommand<?> command) {
    Connection connection = registry.get(command.connectionName());
    if (!command.builtForConnection()) {
      throw new InvalidPipeline("a pipeline for " + Connection.describe(command.connectionName())
          + " was created before the connection was configured: call RedPipe.connect(...)"
          + " before creating pipelines");
    }
    return connection;
  }

  private static void fill(List<QueuedCommand<?>> queue, Map<String, Batch> batches) {
    Map<String, Integer> next = new LinkedHashMap<>();
    for (QueuedCommand<?> command : queue) {
      int index = next.merge(command.connectionName(), 1, Integer::sum) - 1;
      command.fill(batches.get(command.connectionName()).value(index));
    }
  }

  /** Runs the first batch in this thread and each other one in its own daemon thread. */
  private static void runInParallel(List<Batch> batches) {
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    for (Batch batch : batches.subList(1, batches.size())) {
      Thread thread = new Thread(batch::run, "redpipe-batch-" + batch.connection().name());
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> {
        synchronized (errors) {
          errors.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    batches.get(0).run();
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (errors) {
      if (!errors.isEmpty()) {
        Throwable first = errors.get(0);
        if (first instanceof Error) {
          throw (Error) first;
        }
        throw new IllegalStateException("a batch thread failed", first);
      }
    }
  }
}

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
 * Executes a root's queue: one batch per connection (on a cluster connection, one per node that
 * owns queued keys), several batches in parallel unless threads are disabled, and fills the
 * futures in queue order only when every batch succeeded.
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
        batch = new Batch(connectionFor(command), registry.threadsEnabled());
        batches.put(command.connectionName(), batch);
      }
      batch.add(position, command);
    }
    List<Batch> all = new ArrayList<>(batches.values());
    if (all.size() > 1 && registry.threadsEnabled()) {
      List<Runnable> tasks = new ArrayList<>();
      all.forEach(batch -> tasks.add(batch::run));
      Parallel.run(tasks, "redpipe-batch");
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
}

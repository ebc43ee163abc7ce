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
import java.util.concurrent.Executor;

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
    int size = queue.size();
    String first = queue.get(0).connectionName();
    int position = 1;
    while (position < size && first.equals(queue.get(position).connectionName())) {
      position++;
    }
    if (position == size) {
      executeOne(queue);
    } else {
      executeMany(queue);
    }
  }

  /** The common case: every command goes to one connection; no grouping, no copies. */
  private void executeOne(List<QueuedCommand<?>> queue) {
    Batch batch = new Batch(connectionFor(queue.get(0)), nodeThreads(), queue);
    batch.run();
    throwIfFailed(batch.failures());
    RuntimeException mapFailure = null;
    for (int i = 0, size = queue.size(); i < size; i++) {
      mapFailure = fill(queue.get(i), batch.value(i), mapFailure);
    }
    throwIfMapFailed(mapFailure);
  }

  /**
   * Fills {@code command}'s future with {@code value}. A map function that throws while its
   * derived future is filled must not leave the other commands' futures empty: the exception is
   * kept (the first one; later ones suppressed) and thrown once every future was filled.
   */
  private static RuntimeException fill(QueuedCommand<?> command, Object value,
      RuntimeException earlier) {
    try {
      command.fill(value);
      return earlier;
    } catch (RuntimeException e) {
      if (earlier == null) {
        return e;
      }
      earlier.addSuppressed(e);
      return earlier;
    }
  }

  private static void throwIfMapFailed(RuntimeException mapFailure) {
    if (mapFailure != null) {
      throw mapFailure;
    }
  }

  private void executeMany(List<QueuedCommand<?>> queue) {
    int size = queue.size();
    Map<String, Batch> batches = new LinkedHashMap<>();
    for (int position = 0; position < size; position++) {  // count first: exact-size batches
      QueuedCommand<?> command = queue.get(position);
      Batch batch = batches.get(command.connectionName());
      if (batch == null) {
        batch = new Batch(connectionFor(command), nodeThreads());
        batches.put(command.connectionName(), batch);
      }
      batch.reserve();
    }
    for (int position = 0; position < size; position++) {
      QueuedCommand<?> command = queue.get(position);
      batches.get(command.connectionName()).add(position, command);
    }
    List<Batch> all = new ArrayList<>(batches.values());
    if (all.size() > 1 && registry.threadsEnabled()) {
      List<Runnable> tasks = new ArrayList<>(all.size());
      for (Batch batch : all) {
        tasks.add(batch::run);
      }
      Parallel.run(tasks, "redpipe-batch", registry.batchThreads());
    } else {
      all.forEach(Batch::run);
    }
    List<CommandFailure> failures = new ArrayList<>();
    all.forEach(batch -> failures.addAll(batch.failures()));
    throwIfFailed(failures);
    RuntimeException mapFailure = null;
    for (int position = 0; position < size; position++) {
      QueuedCommand<?> command = queue.get(position);
      mapFailure = fill(command, batches.get(command.connectionName()).nextValue(), mapFailure);
    }
    throwIfMapFailed(mapFailure);
  }

  private static void throwIfFailed(List<CommandFailure> failures) {
    if (!failures.isEmpty()) {
      List<CommandFailure> sorted = new ArrayList<>(failures);
      sorted.sort(Comparator.comparingInt(CommandFailure::position));
      throw new PipelineFailed(sorted);
    }
  }

  private Connection connectionFor(QueuedCommand<?> command) {
    Connection connection = registry.get(command.connectionName());
    Connection builtFor = command.builtFor();
    if (builtFor == null) {
      throw new InvalidPipeline("a pipeline for " + Connection.describe(command.connectionName())
          + " was created before the connection was configured: call RedPipe.connect(...)"
          + " before creating pipelines");
    }
    if (builtFor != connection && (builtFor.protocol() != connection.protocol()
        || builtFor.isCluster() != connection.isCluster())) {
      throw new InvalidPipeline("a pipeline for " + Connection.describe(command.connectionName())
          + " was created while it was connected to a " + kind(builtFor) + " client, and it is"
          + " now connected to a " + kind(connection) + " client, whose replies its commands"
          + " can't decode: create pipelines after RedPipe.connect(...)");
    }
    return connection;
  }

  private static String kind(Connection connection) {
    return connection.protocol() + (connection.isCluster() ? " cluster" : "");
  }

  /** The threads a cluster batch sends its nodes' batches with; {@code null}: one after another. */
  private Executor nodeThreads() {
    return registry.threadsEnabled() ? registry.batchThreads() : null;
  }
}

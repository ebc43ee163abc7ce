package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.InvalidPipeline;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Executes a root's queue: one batch per connection (on a cluster connection, one per node that
 * owns queued keys), several batches in parallel unless threads are disabled, and fills the
 * futures in queue order only when every batch succeeded; else fails every future with the
 * {@link PipelineFailed} it throws, naming its own command's failure where there is one.
 */
final class BatchExecutor {
  private final RedPipeContext context;
  private final Deadline deadline;
  private final Watchdog watchdog;
  private final ExecuteTrace trace;
  private final ReadPolicy readPolicy;

  BatchExecutor(RedPipeContext context, Deadline deadline, ExecuteTrace trace,
      ReadPolicy readPolicy) {
    this.context = context;
    this.deadline = deadline;
    this.watchdog = context.watchdog();
    this.trace = trace;
    this.readPolicy = readPolicy;
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
    Connection connection = connectionFor(queue.get(0));
    QueuedCommand.Target checked = queue.get(0).target();
    for (int i = 1, size = queue.size(); i < size; i++) {
      QueuedCommand.Target target = queue.get(i).target();
      if (target != checked) {  // usually one target for the whole queue: one check
        check(queue.get(i), connection);
        checked = target;
      }
    }
    Batch batch = new Batch(connection, readPolicy.of(connection), nodeThreads(), deadline,
        watchdog, trace, queue);
    batch.run();
    throwIfFailed(batch.failures(), queue);
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
        Connection connection = connectionFor(command);
        batch = new Batch(connection, readPolicy.of(connection), nodeThreads(), deadline,
            watchdog, trace);
        batches.put(command.connectionName(), batch);
      } else if (command.target() != queue.get(position - 1).target()) {
        check(command, batch.connection());
      }
      batch.reserve();
    }
    for (int position = 0; position < size; position++) {
      QueuedCommand<?> command = queue.get(position);
      batches.get(command.connectionName()).add(position, command);
    }
    List<Batch> all = new ArrayList<>(batches.values());
    if (all.size() > 1 && context.threadsEnabled()) {
      List<Runnable> tasks = new ArrayList<>(all.size());
      for (Batch batch : all) {
        tasks.add(batch::run);
      }
      Parallel.run(tasks, "redpipe-batch", context.batchThreads(), deadline);
    } else {
      all.forEach(Batch::run);
    }
    List<CommandFailure> failures = new ArrayList<>();
    all.forEach(batch -> failures.addAll(batch.failures()));
    throwIfFailed(failures, queue);
    RuntimeException mapFailure = null;
    for (int position = 0; position < size; position++) {
      QueuedCommand<?> command = queue.get(position);
      mapFailure = fill(command, batches.get(command.connectionName()).nextValue(), mapFailure);
    }
    throwIfMapFailed(mapFailure);
  }

  /**
   * Throws the {@link PipelineFailed} of {@code failures}, if any, after failing every future of
   * {@code queue} with it: the future of a command that failed itself names that failure.
   */
  private static void throwIfFailed(List<CommandFailure> failures, List<QueuedCommand<?>> queue) {
    if (failures.isEmpty()) {
      return;
    }
    List<CommandFailure> sorted = new ArrayList<>(failures);
    sorted.sort(Comparator.comparingInt(CommandFailure::position));
    PipelineFailed failed = new PipelineFailed(sorted);
    for (CommandFailure failure : sorted) {
      int position = failure.position();
      if (position >= 0 && position < queue.size()) {
        queue.get(position).failWith("this future's " + failure
            + " (so the whole execute failed: see the cause)", failed);
      }
    }
    RootExecute.failPending(queue, failed);
    throw failed;
  }

  private Connection connectionFor(QueuedCommand<?> command) {
    Connection connection = context.connections().get(command.connectionName());
    check(command, connection);
    return connection;
  }

  /**
   * InvalidPipeline when {@code command} was built for another connection than
   * {@code connection}, the one it is about to be sent on, in a way its reply can't be decoded.
   */
  private static void check(QueuedCommand<?> command, Connection connection) {
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
  }

  private static String kind(Connection connection) {
    return connection.protocol() + (connection.isCluster() ? " cluster" : "");
  }

  /** The threads a cluster batch sends its nodes' batches with; {@code null}: one after another. */
  private Executor nodeThreads() {
    return context.threadsEnabled() ? context.batchThreads() : null;
  }
}

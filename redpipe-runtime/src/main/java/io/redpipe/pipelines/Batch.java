package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.connections.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;

/**
 * The commands of one root execute that go to one connection, sent in one round trip (inside
 * MULTI/EXEC when the connection asks for transactions; on a cluster connection, one round trip
 * per node, see {@link ClusterBatch}). Running a batch never fills futures:
 * it only collects the replies or the failures.
 */
final class Batch {
  private final Connection connection;
  private final boolean parallel;
  private final List<QueuedCommand<?>> commands = new ArrayList<>();
  private final List<Integer> positions = new ArrayList<>();
  private final List<Object> values = new ArrayList<>();
  private final List<CommandFailure> failures = new ArrayList<>();

  /**
   * A batch for {@code connection}; on a cluster connection {@code parallel} says whether the
   * nodes' batches are sent at once.
   */
  Batch(Connection connection, boolean parallel) {
    this.connection = connection;
    this.parallel = parallel;
  }

  void add(int position, QueuedCommand<?> command) {
    positions.add(position);
    commands.add(command);
  }

  /** Sends the commands and reads the replies; failures are recorded, never thrown. */
  void run() {
    if (connection.isCluster()) {
      ClusterBatch cluster = new ClusterBatch(connection, commands, positions, parallel);
      cluster.run();
      values.addAll(Arrays.asList(cluster.values()));
      failures.addAll(cluster.failures());
      return;
    }
    List<Response<?>> responses = new ArrayList<>(commands.size());
    try {
      if (connection.transaction()) {
        try (AbstractTransaction transaction = connection.client().multi()) {
          send(transaction, responses);
          transaction.exec();
        }
      } else {
        try (AbstractPipeline pipeline = connection.client().pipelined()) {
          send(pipeline, responses);
          pipeline.sync();
        }
      }
    } catch (RuntimeException e) {
      failures.add(new CommandFailure(connection.name(), -1,
          "the batch of " + commands.size() + " command(s) starting with "
              + commands.get(0).describe() + " at #" + positions.get(0), e));
      return;
    }
    for (int i = 0; i < responses.size(); i++) {
      try {
        values.add(responses.get(i).get());
      } catch (RuntimeException e) {
        values.add(null);
        failures.add(new CommandFailure(connection.name(), positions.get(i),
            commands.get(i).describe(), e));
      }
    }
  }

  private void send(PipeliningBase jedis, List<Response<?>> responses) {
    for (QueuedCommand<?> command : commands) {
      responses.add(jedis.executeCommand(command.command()));
    }
  }

  Connection connection() {
    return connection;
  }

  List<CommandFailure> failures() {
    return failures;
  }

  /** The reply of this batch's {@code index}-th command, after a successful run. */
  Object value(int index) {
    return values.get(index);
  }

  List<QueuedCommand<?>> commands() {
    return commands;
  }
}

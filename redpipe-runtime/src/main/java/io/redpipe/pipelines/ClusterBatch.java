package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.connections.ClusterClient;
import io.redpipe.connections.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * The batch of a Redis Cluster connection: its commands grouped by the master that serves each
 * command's slot, one round trip per master, the masters' batches sent in parallel. Each node
 * keeps the queue order of its commands.
 *
 * <p>Commands refused with {@code MOVED} (the slot has moved) are retried once after refreshing
 * the client's slot map; commands refused with {@code ASK} (the slot is being migrated and the
 * key has already moved) are retried once on the node the redirect names, each preceded by
 * {@code ASKING}. A second redirect, an unreachable node or an error reply is a failure; so are
 * {@code TRYAGAIN} and {@code CLUSTERDOWN}, which are never retried.
 * Jedis's own {@code ClusterPipeline} is not used: it neither retries redirects nor reports a
 * node it could not read from.
 */
final class ClusterBatch {
  private final Connection connection;
  private final ClusterClient cluster;
  private final List<QueuedCommand<?>> commands;
  private final int[] positions;
  private final Executor parallel;
  private final Object[] values;
  private final List<CommandFailure> failures = new ArrayList<>();

  /**
   * A batch of {@code commands} (at {@code positions} in the root's queue) for the cluster
   * {@code connection}.
   */
  ClusterBatch(Connection connection, List<QueuedCommand<?>> commands, int[] positions,
      Executor parallel) {
    this.connection = connection;
    this.cluster = connection.cluster();
    this.commands = commands;
    this.positions = positions;
    this.parallel = parallel;
    this.values = new Object[commands.size()];
  }

  /** Sends every command, retrying redirected ones once; failures are recorded, never thrown. */
  void run() {
    List<Integer> all = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      all.add(i);
    }
    List<Integer> moved = new ArrayList<>();
    Map<HostAndPort, List<Integer>> asked = new LinkedHashMap<>();
    collect(send(routeBySlot(all)), moved, asked);
    if (moved.isEmpty() && asked.isEmpty()) {
      return;
    }
    List<NodeBatch> retries = new ArrayList<>();
    if (!moved.isEmpty()) {
      try {
        cluster.refreshSlotMap();
        retries.addAll(routeBySlot(moved));
      } catch (RuntimeException e) {
        moved.forEach(index -> fail(index, " (its slot moved; refreshing the slot map failed)", e));
      }
    }
    asked.forEach((node, indexes) -> retries.addAll(routeTo(node, indexes)));
    collect(send(retries), null, null);
  }

  /** The replies, by index in this batch; valid when there was no failure. */
  Object[] values() {
    return values;
  }

  List<CommandFailure> failures() {
    return failures;
  }

  /** Groups commands by the master of their slot, borrowing one connection per master. */
  private Collection<NodeBatch> routeBySlot(List<Integer> indexes) {
    Map<Integer, NodeBatch> bySlot = new HashMap<>();
    Map<HostAndPort, NodeBatch> byNode = new LinkedHashMap<>();
    for (int index : indexes) {
      QueuedCommand<?> command = commands.get(index);
      NodeBatch batch;
      try {
        int slot = command.slot() >= 0 ? command.slot()
            : Slots.slotOf(command.command(), connection.name());
        batch = bySlot.get(slot);
        if (batch == null) {
          redis.clients.jedis.Connection borrowed = cluster.connectionForSlot(slot);
          HostAndPort node = borrowed.getHostAndPort();
          batch = byNode.get(node);
          if (batch == null) {
            batch = new NodeBatch(node, borrowed, false);
            byNode.put(node, batch);
          } else {
            borrowed.close();
          }
          bySlot.put(slot, batch);
        }
      } catch (RuntimeException e) {
        fail(index, " (no connection to the master of its slot)", e);
        continue;
      }
      batch.add(index, command.command().getArguments());
    }
    return byNode.values();
  }

  /** One batch for the node an {@code ASK} redirect named, each command preceded by ASKING. */
  private List<NodeBatch> routeTo(HostAndPort node, List<Integer> indexes) {
    NodeBatch batch;
    try {
      batch = new NodeBatch(node, cluster.connectionTo(node), true);
    } catch (RuntimeException e) {
      indexes.forEach(index -> fail(index, " (asked to retry on " + node + ")", e));
      return List.of();
    }
    indexes.forEach(index -> batch.add(index, commands.get(index).command().getArguments()));
    return List.of(batch);
  }

  private Collection<NodeBatch> send(Collection<NodeBatch> batches) {
    List<Runnable> tasks = new ArrayList<>();
    batches.forEach(batch -> tasks.add(batch::run));
    if (parallel != null && tasks.size() > 1) {
      Parallel.run(tasks, "redpipe-node", parallel);
    } else {
      tasks.forEach(Runnable::run);
    }
    return batches;
  }

  /**
   * Stores the replies; redirected commands go to {@code moved} or {@code asked} when given (the
   * first try), else they are failures.
   */
  private void collect(Collection<NodeBatch> batches, List<Integer> moved,
      Map<HostAndPort, List<Integer>> asked) {
    for (NodeBatch batch : batches) {
      if (batch.failure() != null) {
        int first = batch.indexes().get(0);
        failures.add(new CommandFailure(connection.name(), -1, "the " + batch.indexes().size()
            + " command(s) for cluster node " + batch.node() + " starting with "
            + commands.get(first).describe() + " at #" + positions[first], batch.failure()));
        continue;
      }
      for (int i = 0; i < batch.indexes().size(); i++) {
        int index = batch.indexes().get(i);
        Object reply = batch.replies().get(i);
        if (reply instanceof JedisRedirectionException) {
          JedisRedirectionException redirect = (JedisRedirectionException) reply;
          if (moved == null) {
            fail(index, " (redirected again after RedPipe refreshed the slot map and retried"
                + " once; execute again when the cluster is stable)", redirect);
          } else if (redirect instanceof JedisAskDataException) {
            asked.computeIfAbsent(redirect.getTargetNode(), node -> new ArrayList<>()).add(index);
          } else if (redirect instanceof JedisMovedDataException) {
            moved.add(index);
          } else {
            fail(index, "", redirect);
          }
        } else if (reply instanceof JedisDataException) {
          fail(index, "", (JedisDataException) reply);
        } else {
          try {
            values[index] = commands.get(index).command().getBuilder().build(reply);
          } catch (RuntimeException e) {
            fail(index, "", e);
          }
        }
      }
    }
  }

  private void fail(int index, String why, Throwable cause) {
    failures.add(new CommandFailure(connection.name(), positions[index],
        commands.get(index).describe() + why, cause));
  }
}

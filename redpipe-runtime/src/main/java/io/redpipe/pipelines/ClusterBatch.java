package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.connections.ClusterTopology;
import io.redpipe.connections.Connection;
import io.redpipe.connections.ReadFrom;
import io.redpipe.connections.Replicas;
import io.redpipe.connections.ServerPool;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.exceptions.JedisAskDataException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisMovedDataException;
import redis.clients.jedis.exceptions.JedisRedirectionException;

/**
 * The batch of a Redis Cluster connection: its commands grouped by the master that serves each
 * command's slot in RedPipe's slot map (routing borrows nothing), one round trip per master on
 * one connection borrowed from that node's pool when its batch is sent, the masters' batches sent
 * in parallel. Each node keeps the queue order of its commands. So an execute holds at most one
 * connection per node and never waits for a connection while holding another.
 *
 * <p>One retry round, within the same execute and deadline: commands refused with {@code MOVED}
 * go to the node the redirect names (and the slot map is refreshed); commands refused with
 * {@code ASK} go to the named node, each preceded by {@code ASKING}; the commands of a node
 * batch that could not get a connection (nothing was written: the node is down or unknown) go
 * to the slots' masters after the slot map was refreshed. A node batch that failed after
 * writing is never resent: the node may have applied it. A second redirect, a second failure,
 * an error reply, {@code TRYAGAIN} and {@code CLUSTERDOWN} are failures.
 *
 * <p>When the connection reads from replicas ({@code ReadFrom}), a master's batch of read-only
 * commands goes to one of its replicas instead, preceded by {@code READONLY}; with
 * {@code PREFER_REPLICA} a replica's failed batch goes to the master in the retry round (read-only
 * commands changed nothing). The retry round sends to masters only.
 */
final class ClusterBatch {
  private final Connection connection;
  private final ReadFrom readFrom;
  private final ClusterTopology topology;
  private final List<QueuedCommand<?>> commands;
  private final int[] positions;
  private final Executor parallel;
  private final Deadline deadline;
  private final Watchdog watchdog;
  private final ExecuteTrace trace;
  private final Object[] values;
  private final List<CommandFailure> failures = new ArrayList<>();

  /**
   * A batch of {@code commands} (at {@code positions} in the root's queue) for the cluster
   * {@code connection}.
   */
  ClusterBatch(Connection connection, ReadFrom readFrom, List<QueuedCommand<?>> commands,
      int[] positions, Executor parallel, Deadline deadline, Watchdog watchdog,
      ExecuteTrace trace) {
    this.connection = connection;
    this.readFrom = readFrom;
    this.topology = connection.topology();
    this.commands = commands;
    this.positions = positions;
    this.parallel = parallel;
    this.deadline = deadline;
    this.watchdog = watchdog;
    this.trace = trace;
    this.values = new Object[commands.size()];
  }

  /** Sends every command, retrying once as described above; failures are kept, never thrown. */
  void run() {
    List<Integer> all = new ArrayList<>(commands.size());
    for (int i = 0; i < commands.size(); i++) {
      all.add(i);
    }
    Retries retries = new Retries();
    collect(send(route(all, false)), retries);
    if (retries.isEmpty()) {
      return;
    }
    long failedAt = System.nanoTime();
    if (!retries.unreachable.isEmpty()) {
      try {
        topology.refreshAfterFailure(this::callOnce, retries.unreachable, failedAt,
            deadline.remaining());
      } catch (RuntimeException e) {
        failGroup(retries.unsent, "could not be sent again: no node answered CLUSTER SLOTS", e);
        retries.unsent.clear();
      }
    } else if (!retries.moved.isEmpty()) {
      refreshQuietly(null);
    }
    List<NodeBatch> again = new ArrayList<>();
    again.addAll(route(retries.unsent, true));
    retries.moved.forEach((node, indexes) -> again.addAll(to(node, indexes, NodeBatch.Mode.PLAIN)));
    retries.asked.forEach((node, indexes) -> again.addAll(to(node, indexes, NodeBatch.Mode.ASKING)));
    collect(send(again), null);
  }

  /** The replies, by index in this batch; valid when there was no failure. */
  Object[] values() {
    return values;
  }

  List<CommandFailure> failures() {
    return failures;
  }

  /** Groups commands by the master of their slot; borrows nothing. */
  private Collection<NodeBatch> route(List<Integer> indexes, boolean retry) {
    Map<HostAndPort, NodeBatch> byNode = new LinkedHashMap<>();
    List<Integer> unrouted = new ArrayList<>(0);
    RuntimeException why = null;
    for (int index : indexes) {
      QueuedCommand<?> command = commands.get(index);
      HostAndPort node;
      try {
        if (command.slot() < 0) {  // queued for a cluster connection, it always has one
          throw new IllegalStateException(command.describe() + " was queued without a slot");
        }
        node = topology.masterOf(command.slot(), this::callOnce);
      } catch (RuntimeException e) {
        why = e;
        node = null;
      }
      NodeBatch batch = node == null ? null : byNode.get(node);
      if (batch == null && node != null) {
        ServerPool pool = topology.pool(node);
        if (pool != null) {
          batch = new NodeBatch(node, pool, NodeBatch.Mode.PLAIN, deadline, watchdog)
              .traced(trace, connection.name(), true, retry);
          byNode.put(node, batch);
        }
      }
      if (batch == null) {
        unrouted.add(index);
        continue;
      }
      batch.add(index, command);
    }
    if (!unrouted.isEmpty()) {
      failGroup(unrouted, (retry ? "could not be sent again: " : "")
          + "no master of their slots is known (the slot map has none, or the client has no"
          + " pool for it)", why != null ? why
              : new IllegalStateException("no master for the commands' slots"));
    }
    return retry ? byNode.values() : toReplicas(byNode.values());
  }

  /**
   * {@code batches} with each batch of read-only commands sent to a replica of its master
   * instead, when the connection's policy says so and the master has a replica with a pool.
   */
  private Collection<NodeBatch> toReplicas(Collection<NodeBatch> batches) {
    if (readFrom == ReadFrom.MASTER) {
      return batches;
    }
    Replicas replicas = connection.replicas();
    List<NodeBatch> routed = new ArrayList<>(batches.size());
    for (NodeBatch batch : batches) {
      HostAndPort replica = ReadOnly.all(commands, batch.indexes())
          ? replicas.pick(topology.replicasOf(batch.node())) : null;
      ServerPool pool = replica == null ? null : topology.pool(replica);
      if (pool == null) {
        routed.add(batch);
        continue;
      }
      NodeBatch onReplica = new NodeBatch(replica, pool, NodeBatch.Mode.PLAIN, deadline, watchdog)
          .traced(trace, connection.name(), true, false).onReplica(true).readOnlyConnection();
      batch.indexes().forEach(index ->
          onReplica.add(index, commands.get(index)));
      routed.add(onReplica);
    }
    return routed;
  }

  /** One batch for {@code node} (named by a redirect). */
  private List<NodeBatch> to(HostAndPort node, List<Integer> indexes, NodeBatch.Mode mode) {
    ServerPool pool = topology.pool(node);
    if (pool == null) {
      failGroup(indexes, "were redirected to " + node + ", a node the client does not know",
          new IllegalStateException("unknown cluster node " + node));
      return List.of();
    }
    NodeBatch batch = new NodeBatch(node, pool, mode, deadline, watchdog)
        .traced(trace, connection.name(), true, true);
    indexes.forEach(index -> batch.add(index, commands.get(index)));
    return List.of(batch);
  }

  private Collection<NodeBatch> send(Collection<NodeBatch> batches) {
    List<Runnable> tasks = new ArrayList<>(batches.size());
    batches.forEach(batch -> tasks.add(batch::run));
    if (parallel != null && tasks.size() > 1) {
      Parallel.run(tasks, "redpipe-node", parallel, deadline);
    } else {
      tasks.forEach(Runnable::run);
    }
    return batches;
  }

  /** What the retry round sends; {@code null} in the retry round itself. */
  private static final class Retries {
    final Map<HostAndPort, List<Integer>> moved = new LinkedHashMap<>();
    final Map<HostAndPort, List<Integer>> asked = new LinkedHashMap<>();
    final List<Integer> unsent = new ArrayList<>();
    final Set<HostAndPort> unreachable = new HashSet<>();

    boolean isEmpty() {
      return moved.isEmpty() && asked.isEmpty() && unsent.isEmpty();
    }
  }

  /** Stores the replies; with {@code retries} (the first round) collects what to send again. */
  private void collect(Collection<NodeBatch> batches, Retries retries) {
    for (NodeBatch batch : batches) {
      if (batch.failure() != null) {
        boolean timedOut = batch.failure() instanceof io.redpipe.ExecuteTimedOut;
        if (batch.replica() && retries != null && !timedOut
            && readFrom == ReadFrom.PREFER_REPLICA) {
          // Read-only commands changed nothing: the retry round sends them to the master.
          retries.unsent.addAll(batch.indexes());
          continue;
        }
        boolean unsent = !batch.written() && !timedOut;
        if (unsent && retries != null) {
          retries.unreachable.add(batch.node());
          retries.unsent.addAll(batch.indexes());
          continue;
        }
        if (!(batch.failure() instanceof io.redpipe.ExecuteTimedOut)) {
          refreshQuietly(batch.node());  // the node may be gone: the next execute finds its successor
        }
        int first = batch.indexes().get(0);
        failures.add(new CommandFailure(connection.name(), -1, "the " + batch.indexes().size()
            + " command(s) for cluster node " + batch.where() + " starting with "
            + commands.get(first).describe() + " at #" + positions[first]
            + (batch.written() ? "" : " (not sent)"), batch.failure()));
        continue;
      }
      for (int i = 0; i < batch.indexes().size(); i++) {
        int index = batch.indexes().get(i);
        Object reply = batch.replies().get(i);
        if (reply instanceof JedisRedirectionException) {
          JedisRedirectionException redirect = (JedisRedirectionException) reply;
          if (retries == null) {
            fail(index, " (redirected again after RedPipe retried it once; execute again when the"
                + " cluster is stable)", redirect);
          } else if (redirect instanceof JedisAskDataException) {
            retries.asked.computeIfAbsent(redirect.getTargetNode(), n -> new ArrayList<>()).add(index);
          } else if (redirect instanceof JedisMovedDataException) {
            topology.moved(redirect.getSlot(), redirect.getTargetNode());
            retries.moved.computeIfAbsent(redirect.getTargetNode(), n -> new ArrayList<>()).add(index);
          } else {
            fail(index, "", redirect);
          }
        } else if (reply instanceof JedisDataException) {
          fail(index, "", (JedisDataException) reply);
        } else {
          try {
            values[index] = commands.get(index).build(reply);
          } catch (RuntimeException e) {
            fail(index, "", e);
          }
        }
      }
    }
  }

  /** Asks a node one command within this execute's deadline (the slot map refresh). */
  private Object callOnce(ServerPool pool, CommandArguments command) {
    return NodeBatch.callOnce(pool, command, deadline, watchdog);
  }

  /** A rate-limited refresh that never waits; {@code failed} (may be null) is asked last. */
  private void refreshQuietly(HostAndPort failed) {
    try {
      topology.refresh(this::callOnce, failed == null ? Set.of() : Set.of(failed), false);
    } catch (RuntimeException e) {
      // The failure of the node is what this execute reports; the next one tries again.
    }
  }

  private void fail(int index, String why, Throwable cause) {
    failures.add(new CommandFailure(connection.name(), positions[index],
        commands.get(index).describe() + why, cause));
  }

  /** One failure for a group of commands, so a message never grows with the pipeline. */
  private void failGroup(List<Integer> indexes, String why, Throwable cause) {
    if (indexes.isEmpty()) {
      return;
    }
    if (indexes.size() == 1) {
      fail(indexes.get(0), " (" + why + ")", cause);
      return;
    }
    int first = indexes.get(0);
    failures.add(new CommandFailure(connection.name(), -1, "the " + indexes.size()
        + " command(s) starting with " + commands.get(first).describe() + " at #"
        + positions[first] + " " + why, cause));
  }
}

package io.redpipe.pipelines;

import io.redpipe.CommandFailure;
import io.redpipe.ExecuteTimedOut;
import io.redpipe.connections.Connection;
import io.redpipe.connections.ReadFrom;
import io.redpipe.connections.Replicas;
import io.redpipe.connections.ServerPool;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The commands of one root execute that go to one connection, sent in one round trip (inside
 * MULTI/EXEC when the connection asks for transactions, see {@link TransactionRound}; on a
 * cluster connection, one round trip per node, see {@link ClusterBatch}). Running a batch never
 * fills futures: it only collects the replies or the failures.
 */
final class Batch {
  private final Connection connection;
  /** Where a read-only batch goes: the root's policy for the connection, else its own. */
  private final ReadFrom readFrom;
  private final Executor parallel;
  private final Deadline deadline;
  private final Watchdog watchdog;
  private final ExecuteTrace trace;
  private final List<QueuedCommand<?>> commands;
  /** The root queue position of each command; {@code null} when it is the command's index. */
  private int[] positions;
  /** The replies of a cluster batch; {@code null} on other connections (see responses). */
  private Object[] values;
  /** The decoded replies of a batch sent on a borrowed connection; else {@code null}. */
  private List<Object> decoded;
  /** Jedis's responses, which keep the reply they built; {@code null} on a cluster connection. */
  private Response<?>[] responses;
  private List<CommandFailure> failures = List.of();
  private int reserved;
  /** The index of the next reply {@link #nextValue} gives. */
  private int cursor;

  /**
   * An empty batch for {@code connection} filled with {@link #add}; on a cluster connection
   * {@code parallel} says whether the nodes' batches are sent at once.
   */
  Batch(Connection connection, ReadFrom readFrom, Executor parallel, Deadline deadline,
      Watchdog watchdog, ExecuteTrace trace) {
    this.connection = connection;
    this.readFrom = readFrom;
    this.parallel = parallel;
    this.deadline = deadline;
    this.watchdog = watchdog;
    this.trace = trace;
    this.commands = new ArrayList<>(0);
  }

  /** Counts one more command to {@link #add} (before the first add). */
  void reserve() {
    reserved++;
  }

  /** A batch of the whole root queue {@code queue}, whose commands all go to {@code connection}. */
  Batch(Connection connection, ReadFrom readFrom, Executor parallel, Deadline deadline,
      Watchdog watchdog, ExecuteTrace trace, List<QueuedCommand<?>> queue) {
    this.connection = connection;
    this.readFrom = readFrom;
    this.parallel = parallel;
    this.deadline = deadline;
    this.watchdog = watchdog;
    this.trace = trace;
    this.commands = queue;
  }

  /** Adds the command at {@code position} in the root queue; returns its index in this batch. */
  int add(int position, QueuedCommand<?> command) {
    int index = commands.size();
    if (positions == null) {
      positions = new int[Math.max(reserved, 8)];
      ((ArrayList<QueuedCommand<?>>) commands).ensureCapacity(positions.length);
    } else if (index == positions.length) {
      positions = Arrays.copyOf(positions, index * 2);
    }
    positions[index] = position;
    commands.add(command);
    return index;
  }

  private int position(int index) {
    return positions == null ? index : positions[index];
  }

  /** Sends the commands and reads the replies; failures are recorded, never thrown. */
  void run() {
    int size = commands.size();
    if (connection.isCluster()) {
      int[] all = new int[size];
      for (int i = 0; i < size; i++) {
        all[i] = position(i);
      }
      ClusterBatch cluster = new ClusterBatch(connection, readFrom, commands, all, parallel,
          deadline, watchdog, trace);
      cluster.run();
      values = cluster.values();
      failures = cluster.failures();
      return;
    }
    ServerPool pool = connection.serverPool();
    if (pool != null) {
      runOn(pool);
      return;
    }
    runThroughJedis();
  }

  /** Sends the batch on one connection borrowed from {@code pool}, within the deadline. */
  private void runOn(ServerPool pool) {
    int size = commands.size();
    boolean transaction = connection.transaction();
    NodeBatch round = null;
    if (!transaction && readFrom != ReadFrom.MASTER && ReadOnly.all(commands)) {
      Replicas replicas = connection.replicas();
      ServerPool replica = replicas.next(this::callOnce, connection.masterAddress(),
          deadline.remaining());
      if (replica == null && readFrom == ReadFrom.REPLICA) {
        fail(new CommandFailure(connection.name(), -1, "the batch of " + size + " read-only"
            + " command(s) starting with " + commands.get(0).describe() + " at #" + position(0)
            + " (not sent)", new IllegalStateException("ReadFrom.REPLICA reads from replicas"
                + " only, and none is known: " + replicas.describeNone())));
        return;
      }
      round = replica == null ? null : onReplica(replica);
    }
    if (round == null) {
      round = send(pool, transaction ? NodeBatch.Mode.TRANSACTION : NodeBatch.Mode.PLAIN,
          false, false);
    }
    if (round.failure() != null) {
      fail(new CommandFailure(connection.name(), -1, "the batch of " + size
          + " command(s) for " + round.where() + (round.replica() ? " (a replica)" : "")
          + " starting with " + commands.get(0).describe() + " at #" + position(0)
          + (round.written() ? "" : " (not sent)"), round.failure()));
      return;
    }
    List<Object> replies = round.replies();
    if (transaction) {
      try {
        replies = TransactionRound.results(replies, size, (index, cause) ->
            fail(new CommandFailure(connection.name(), position(index),
                commands.get(index).describe() + " (refused, so the transaction was aborted)",
                cause)));
      } catch (RuntimeException e) {
        fail(new CommandFailure(connection.name(), -1, "the transaction of " + size
            + " command(s) for " + round.where() + " starting with " + commands.get(0).describe()
            + " at #" + position(0), e));
        return;
      }
      if (replies == null) {
        return;  // refused while queueing: nothing ran
      }
    }
    // Decoded in place: the list is this batch's own (Jedis's reading, or a copy of EXEC's).
    List<Object> built = transaction ? new ArrayList<>(replies) : replies;
    for (int i = 0; i < size; i++) {
      Object reply = built.get(i);
      if (reply instanceof JedisDataException) {
        fail(new CommandFailure(connection.name(), position(i), commands.get(i).describe(),
            (JedisDataException) reply));
        continue;
      }
      try {
        built.set(i, commands.get(i).build(reply));
      } catch (RuntimeException e) {
        fail(new CommandFailure(connection.name(), position(i), commands.get(i).describe(), e));
      }
    }
    decoded = built;
  }

  /**
   * The batch sent to {@code replica}; {@code null} when it failed and the policy prefers the
   * master to a failure (read-only commands changed nothing, so sending them again is safe).
   * A failure makes a Sentinel source ask for the replicas again at the next read.
   */
  private NodeBatch onReplica(ServerPool replica) {
    NodeBatch round = send(replica, NodeBatch.Mode.PLAIN, false, true);
    if (round.failure() == null) {
      return round;
    }
    if (!(round.failure() instanceof ExecuteTimedOut)) {
      connection.replicas().failed();
    }
    return readFrom == ReadFrom.PREFER_REPLICA && !(round.failure() instanceof ExecuteTimedOut)
        ? null : round;
  }

  /** Asks a sentinel one command within this execute's deadline. */
  private Object callOnce(ServerPool pool, CommandArguments command) {
    return NodeBatch.callOnce(pool, command, deadline, watchdog);
  }

  /** Sends every command to {@code pool}'s server in one round trip. */
  private NodeBatch send(ServerPool pool, NodeBatch.Mode mode, boolean retry, boolean replica) {
    NodeBatch round = new NodeBatch(null, pool, mode, deadline, watchdog)
        .traced(trace, connection.name(), false, retry).onReplica(replica);
    round.of(commands).run();
    return round;
  }

  /**
   * A client whose connections RedPipe can't borrow (a {@code UnifiedJedis} over a provider of
   * its own): Jedis's pipeline sends the batch, bounded by the client's socket timeouts only.
   */
  private void runThroughJedis() {
    int size = commands.size();
    Response<?>[] responses = new Response<?>[size];
    this.responses = responses;
    try {
      if (connection.transaction()) {
        if (!TransactionRound.run(connection.client(), commands, responses, (index, cause) ->
            fail(new CommandFailure(connection.name(), position(index),
                commands.get(index).describe() + " (refused, so the transaction was aborted)",
                cause)))) {
          return;
        }
      } else {
        try (AbstractPipeline pipeline = connection.client().pipelined()) {
          send(pipeline, responses);
          pipeline.sync();
        }
      }
    } catch (RuntimeException e) {
      fail(new CommandFailure(connection.name(), -1,
          "the batch of " + size + " command(s) starting with "
              + commands.get(0).describe() + " at #" + position(0), e));
      return;
    }
    for (int i = 0; i < size; i++) {
      try {
        responses[i].get();
      } catch (RuntimeException e) {
        fail(new CommandFailure(connection.name(), position(i), commands.get(i).describe(), e));
      }
    }
  }

  private void fail(CommandFailure failure) {
    if (failures.isEmpty()) {
      failures = new ArrayList<>();
    }
    failures.add(failure);
  }

  private void send(PipeliningBase jedis, Response<?>[] responses) {
    for (int i = 0; i < responses.length; i++) {
      QueuedCommand<?> command = commands.get(i);
      responses[i] = command.scriptCall() != null  // nothing loads it here
          ? jedis.executeCommand(new CommandObject<>(TransactionRound.sendable(command),
              command.builder()))
          : jedis.executeCommand(command.commandObject());
    }
  }

  Connection connection() {
    return connection;
  }

  List<CommandFailure> failures() {
    return failures;
  }

  /** The reply after the one the previous call gave (the first one first). */
  Object nextValue() {
    return value(cursor++);
  }

  /** The reply of this batch's {@code index}-th command, after a successful run. */
  Object value(int index) {
    return decoded != null ? decoded.get(index)
        : values != null ? values[index] : responses[index].get();
  }

  List<QueuedCommand<?>> commands() {
    return commands;
  }
}

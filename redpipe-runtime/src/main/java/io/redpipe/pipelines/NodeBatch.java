package io.redpipe.pipelines;

import io.redpipe.ExecuteTimedOut;
import io.redpipe.connections.ServerPool;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisDataException;

/**
 * The commands of one batch that go to one server (a single server, or one cluster node), sent
 * in one round trip on one connection: borrowed when the batch is sent (waiting at most until
 * the execute's deadline), given back when every reply was read, destroyed when it saw a
 * connection-level or protocol error or the deadline closed it. A batch never holds a
 * connection while waiting for another one.
 *
 * <p>Replies are kept raw (error replies as exceptions, as Jedis reads them); the caller decodes
 * them with the commands' builders. Nothing here throws: a failure is kept with the batch.
 */
final class NodeBatch {
  /** How the commands are framed. */
  enum Mode {
    /** As they are. */
    PLAIN,
    /** Each preceded by {@code ASKING}, as an {@code ASK} redirect requires. */
    ASKING,
    /** Inside {@code MULTI} ... {@code EXEC}: the replies are MULTI's, each QUEUED, EXEC's. */
    TRANSACTION
  }

  private final HostAndPort node;
  private final ServerPool pool;
  private final Mode mode;
  private final Deadline deadline;
  private final Watchdog watchdog;
  private final List<Integer> indexes = new ArrayList<>();
  private final List<CommandArguments> arguments = new ArrayList<>();
  private List<Object> replies;
  private RuntimeException failure;
  private boolean written;
  /** Where this batch reports itself; {@code null} when the context has no listener. */
  private ExecuteTrace trace;
  private String connectionName;
  private boolean cluster;
  private boolean retry;

  NodeBatch(HostAndPort node, ServerPool pool, Mode mode, Deadline deadline, Watchdog watchdog) {
    this.node = node;
    this.pool = pool;
    this.mode = mode;
    this.deadline = deadline;
    this.watchdog = watchdog;
  }

  /** Reports this batch to {@code trace} (may be {@code null}: nothing is recorded). */
  NodeBatch traced(ExecuteTrace trace, String connectionName, boolean cluster, boolean retry) {
    this.trace = trace;
    this.connectionName = connectionName;
    this.cluster = cluster;
    this.retry = retry;
    return this;
  }

  /** Adds the caller's {@code index}-th command. */
  void add(int index, CommandArguments command) {
    indexes.add(index);
    arguments.add(command);
  }

  /** Borrows, sends the commands, reads every reply, releases; failures are kept. */
  void run() {
    if (trace == null) {
      exchange();
      return;
    }
    long start = System.nanoTime();
    try {
      exchange();
    } finally {
      trace.record(this, connectionName, cluster, retry, start, System.nanoTime() - start);
    }
  }

  private void exchange() {
    if (deadline.passed()) {
      failure = new ExecuteTimedOut(deadline.describe() + " passed before a connection to "
          + where() + " was borrowed", null);
      return;
    }
    Connection connection;
    try {
      connection = pool.borrow(deadline.remaining());
    } catch (ServerPool.BorrowFailed e) {
      failure = e.exhausted() ? new ExecuteTimedOut(deadline.describe() + " passed while waiting"
          + " for a connection: " + e.getMessage(), e) : e;
      return;
    }
    Watchdog.Guard guard = watchdog.arm(connection, deadline);
    boolean broken = false;
    try {
      written = true;
      replies = exchangeOn(connection);
      broken = sawProtocolError(replies);
    } catch (RuntimeException e) {
      broken = true;
      replies = null;
      failure = e;
    } finally {
      if (guard.disarm()) {
        broken = true;
        replies = null;
        failure = new ExecuteTimedOut(deadline.describe() + " passed while sending to or reading"
            + " from " + where() + "; RedPipe closed the connection, which is not reused", failure);
      }
      pool.release(connection, broken);
      if (failure instanceof JedisConnectionException) {
        pool.clearIdle();  // they likely face the same dead or restarted server
      }
    }
  }

  private List<Object> exchangeOn(Connection connection) {
    int size = arguments.size();
    switch (mode) {
      case ASKING:
        for (CommandArguments command : arguments) {
          connection.sendCommand(Protocol.Command.ASKING);
          connection.sendCommand(command);
        }
        List<Object> all = connection.getMany(size * 2);
        List<Object> answers = new ArrayList<>(size);
        for (int i = 1; i < all.size(); i += 2) {
          answers.add(all.get(i));
        }
        return answers;
      case TRANSACTION:
        connection.sendCommand(Protocol.Command.MULTI);
        for (CommandArguments command : arguments) {
          connection.sendCommand(command);
        }
        connection.sendCommand(Protocol.Command.EXEC);
        return connection.getMany(size + 2);
      default:
        for (CommandArguments command : arguments) {
          connection.sendCommand(command);
        }
        return connection.getMany(size);
    }
  }

  /** After {@code -ERR Protocol error} the server closes the connection. */
  private static boolean sawProtocolError(List<Object> replies) {
    for (Object reply : replies) {
      if (reply instanceof JedisDataException) {
        String message = ((JedisDataException) reply).getMessage();
        if (message != null && message.startsWith("ERR Protocol error")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The server's {@code host:port}, as messages show it. */
  String where() {
    if (node != null) {
      return node.toString();
    }
    return pool.describe();
  }

  HostAndPort node() {
    return node;
  }

  /** The server, when known: the node, or the address the pool learned. */
  HostAndPort server() {
    return node != null ? node : pool.address();
  }

  Mode mode() {
    return mode;
  }

  /** The distinct names of the commands, as sent, in first-seen order. */
  List<String> commandNames() {
    java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
    for (CommandArguments command : arguments) {
      names.add(new String(command.getCommand().getRaw(), java.nio.charset.StandardCharsets.UTF_8));
    }
    return new ArrayList<>(names);
  }

  /** The caller's indexes of this batch's commands, in sending order. */
  List<Integer> indexes() {
    return indexes;
  }

  /** The raw replies, in sending order; {@code null} when the batch failed. */
  List<Object> replies() {
    return replies;
  }

  /** Why the server could not be reached or read, or {@code null}. */
  RuntimeException failure() {
    return failure;
  }

  /** Whether any command may have reached the server (false: safe to send again). */
  boolean written() {
    return written;
  }
}

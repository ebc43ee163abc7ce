package io.redpipe.pipelines;

import io.redpipe.ExecuteTimedOut;
import io.redpipe.connections.ServerPool;
import io.redpipe.scripts.ScriptArguments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * <p>Script calls ({@code EVALSHA} of a {@link io.redpipe.scripts.Script}) are preceded, in the
 * same round trip, by {@code SCRIPT LOAD} of each script the server's pool does not know to be
 * loaded (of every script, inside a transaction); the calls the server still answers
 * {@code NOSCRIPT} run again after their scripts were loaded, in one more round trip on the same
 * connection (see {@link ScriptLoads}).
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
  /**
   * The commands: each a {@link QueuedCommand} or (a slot map query) {@code CommandArguments};
   * the caller's own list when the batch is {@link #of all} its commands.
   */
  private List<?> entries = List.of();
  /** The caller's index of each entry; {@code null} when entry {@code i} is the caller's {@code i}. */
  private List<Integer> indexes;
  private List<Object> replies;
  private RuntimeException failure;
  private boolean written;
  /** Where this batch reports itself; {@code null} when the context has no listener. */
  private ExecuteTrace trace;
  private String connectionName;
  private boolean cluster;
  private boolean retry;
  /** Whether any command is a script call ({@code EVALSHA} of a Script). */
  private boolean scripts;
  private boolean protocolError;
  /** Whether the server is a replica (a read-only batch sent there by the connection's policy). */
  private boolean replica;
  private boolean sendReadOnly;
  /** The script calls sent a second time after a {@code NOSCRIPT} reply. */
  private int rerunScripts;

  NodeBatch(HostAndPort node, ServerPool pool, Mode mode, Deadline deadline, Watchdog watchdog) {
    this.node = node;
    this.pool = pool;
    this.mode = mode;
    this.deadline = deadline;
    this.watchdog = watchdog;
  }

  /**
   * Sends {@code command} alone to {@code pool}'s server within {@code deadline} and returns its
   * raw reply (a slot map or a sentinel's replicas).
   *
   * @throws RuntimeException the failure, or the error reply
   */
  static Object callOnce(ServerPool pool, CommandArguments command, Deadline deadline,
      Watchdog watchdog) {
    NodeBatch one = new NodeBatch(pool.address(), pool, Mode.PLAIN, deadline, watchdog);
    one.add(0, command);
    one.run();
    if (one.failure() != null) {
      throw one.failure();
    }
    Object reply = one.replies().get(0);
    if (reply instanceof RuntimeException) {
      throw (RuntimeException) reply;
    }
    return reply;
  }

  /** Reports this batch to {@code trace} (may be {@code null}: nothing is recorded). */
  NodeBatch traced(ExecuteTrace trace, String connectionName, boolean cluster, boolean retry) {
    this.trace = trace;
    this.connectionName = connectionName;
    this.cluster = cluster;
    this.retry = retry;
    return this;
  }

  /** Marks this batch as sent to a replica. */
  NodeBatch onReplica(boolean onReplica) {
    this.replica = onReplica;
    return this;
  }

  /**
   * Sends {@code READONLY} before the commands (a cluster replica serves reads of its master's
   * slots only on a connection that asked so; the connection keeps that state).
   */
  NodeBatch readOnlyConnection() {
    this.sendReadOnly = true;
    return this;
  }

  /**
   * Whether this batch went to a replica rather than the master (listeners see where each batch
   * went by its server's address; this tells its role).
   */
  boolean replica() {
    return replica;
  }

  /** Adds the caller's {@code index}-th command: a {@link QueuedCommand}. */
  void add(int index, QueuedCommand<?> command) {
    append(index, command);
    scripts |= command.scriptCall() != null;
  }

  /** Adds the caller's {@code index}-th command, built by RedPipe itself (no script call). */
  void add(int index, CommandArguments command) {
    append(index, command);
  }

  @SuppressWarnings("unchecked")
  private void append(int index, Object entry) {
    if (indexes == null) {
      if (!entries.isEmpty()) {
        throw new IllegalStateException("a batch of all commands takes no more");
      }
      indexes = new ArrayList<>();
      entries = new ArrayList<>();
    }
    indexes.add(index);
    ((List<Object>) entries).add(entry);
  }

  /** Makes {@code commands} (the caller's whole list, not copied) this batch's commands. */
  NodeBatch of(List<QueuedCommand<?>> commands) {
    if (!entries.isEmpty()) {
      throw new IllegalStateException("this batch has commands already");
    }
    entries = commands;
    for (int i = 0, size = commands.size(); i < size && !scripts; i++) {
      scripts = commands.get(i).scriptCall() != null;
    }
    return this;
  }

  /** The number of commands. */
  int size() {
    return entries.size();
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
      broken = protocolError;
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
    int size = entries.size();
    List<ScriptArguments> loads = scripts
        ? ScriptLoads.toLoad(entries, pool.scripts(), mode == Mode.TRANSACTION) : List.of();
    List<Object> replies = roundTrip(connection, loads, entries, mode);
    Map<String, RuntimeException> refused = ScriptLoads.loaded(loads, replies, pool.scripts());
    replies = unframe(replies.subList(loads.size(), replies.size()), size, mode);
    if (scripts) {
      if (mode == Mode.TRANSACTION) {
        replies = TransactionRound.withLoadFailures(replies, entries, refused);
      } else if (!protocolError) {  // else the server closed the connection
        rerunUnloaded(connection, replies, refused);
      }
    }
    return replies;
  }

  /**
   * Sends {@code SCRIPT LOAD} of each of {@code loads}, then {@code commands} framed by
   * {@code framing}, in one round trip; returns every raw reply.
   */
  private List<Object> roundTrip(Connection connection, List<ScriptArguments> loads,
      List<?> commands, Mode framing) {
    SendView view = new SendView();
    if (sendReadOnly) {
      connection.sendCommand(Protocol.Command.READONLY);
    }
    for (ScriptArguments load : loads) {
      connection.sendCommand(load.load());
    }
    int size = commands.size();
    switch (framing) {
      case ASKING:
        for (int i = 0; i < size; i++) {
          connection.sendCommand(Protocol.Command.ASKING);
          connection.sendCommand(sendable(commands.get(i), view));
        }
        size *= 2;
        break;
      case TRANSACTION:
        connection.sendCommand(Protocol.Command.MULTI);
        for (int i = 0; i < size; i++) {
          connection.sendCommand(sendable(commands.get(i), view));
        }
        connection.sendCommand(Protocol.Command.EXEC);
        size += 2;
        break;
      default:
        for (int i = 0; i < size; i++) {
          connection.sendCommand(sendable(commands.get(i), view));
        }
    }
    int prefix = sendReadOnly ? 1 : 0;
    List<Object> all = connection.getMany(prefix + loads.size() + size);
    protocolError |= sawProtocolError(all);
    return prefix == 0 ? all : all.subList(prefix, all.size());  // READONLY's reply is dropped
  }

  /** What to send for {@code entry}, a {@link QueuedCommand} or {@code CommandArguments}. */
  private static CommandArguments sendable(Object entry, SendView view) {
    return entry instanceof QueuedCommand ? view.of((QueuedCommand<?>) entry)
        : (CommandArguments) entry;
  }

  /**
   * The commands' own replies among {@code all} (a list of Jedis's reading, or a view of one,
   * which may be changed in place): without ASKING's.
   */
  private static List<Object> unframe(List<Object> all, int size, Mode framing) {
    if (framing != Mode.ASKING) {
      return all;
    }
    List<Object> answers = new ArrayList<>(size);
    for (int i = 1; i < all.size(); i += 2) {
      answers.add(all.get(i));
    }
    return answers;
  }

  /**
   * Runs again, in one more round trip on the same connection, the script calls the server
   * answered {@code NOSCRIPT} (they did not run), after loading their scripts; a script whose
   * load was refused fails its calls with that refusal instead. Never runs again a call that
   * got any other reply.
   */
  private void rerunUnloaded(Connection connection, List<Object> replies,
      Map<String, RuntimeException> refused) {
    List<Integer> again = new ArrayList<>(0);
    List<Object> calls = new ArrayList<>(0);
    for (int i = 0; i < replies.size(); i++) {
      String sha1 = ScriptLoads.sha1Of(entries.get(i));
      if (sha1 == null) {
        continue;
      }
      if (!ScriptLoads.isNoScript(replies.get(i))) {
        pool.scripts().add(sha1);
      } else if (refused.containsKey(sha1)) {
        replies.set(i, refused.get(sha1));
      } else {
        pool.scripts().remove(sha1);
        again.add(i);
        calls.add(entries.get(i));
      }
    }
    if (again.isEmpty()) {
      return;
    }
    List<ScriptArguments> loads = ScriptLoads.toLoad(calls, pool.scripts(), true);
    List<Object> all = roundTrip(connection, loads, calls, mode);
    Map<String, RuntimeException> refusedNow = ScriptLoads.loaded(loads, all, pool.scripts());
    List<Object> rerun = unframe(all.subList(loads.size(), all.size()), calls.size(), mode);
    for (int k = 0; k < again.size(); k++) {
      RuntimeException refusal = refusedNow.get(ScriptLoads.sha1Of(calls.get(k)));
      replies.set(again.get(k), refusal != null ? refusal : rerun.get(k));
    }
    rerunScripts += again.size();
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
    // Commands are mostly enum constants: collect them by identity, make text of the few.
    java.util.Set<redis.clients.jedis.commands.ProtocolCommand> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    List<String> names = new ArrayList<>(4);
    for (Object entry : entries) {
      redis.clients.jedis.commands.ProtocolCommand name = entry instanceof QueuedCommand
          ? ((QueuedCommand<?>) entry).protocolCommand() : ((CommandArguments) entry).getCommand();
      if (seen.add(name)) {
        String text = new String(name.getRaw(), java.nio.charset.StandardCharsets.UTF_8);
        if (!names.contains(text)) {
          names.add(text);
        }
      }
    }
    return names;
  }

  /** The caller's indexes of this batch's commands, in sending order. */
  List<Integer> indexes() {
    if (indexes == null) {
      List<Integer> all = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        all.add(i);
      }
      return all;
    }
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

  /**
   * How many script calls were sent a second time, after the server answered {@code NOSCRIPT}
   * (each such batch took one more round trip on its connection).
   */
  int rerunScripts() {
    return rerunScripts;
  }

  /** Whether any command may have reached the server (false: safe to send again). */
  boolean written() {
    return written;
  }
}

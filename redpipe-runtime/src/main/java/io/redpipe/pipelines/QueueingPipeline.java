package io.redpipe.pipelines;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidPipeline;
import io.redpipe.connections.Connection;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.futures.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;

/**
 * The pipeline implementation. A root ({@code parent == null}) sends its queue on execute; a
 * nested pipeline moves its queue and callbacks to its parent. While a nested pipeline is the
 * innermost open one it queues straight into the root's queue (see {@link RootQueue}); else it
 * keeps lists of its own.
 */
final class QueueingPipeline extends Pipeline {
  private final ConnectionRegistry registry;
  private final QueueingPipeline parent;
  private final RootQueue root;
  private final String connectionName;
  private final Connection connection;
  private final boolean configured;
  private final boolean cluster;
  private final QueuedCommand.Target target;
  private final CommandObjects commandObjects;
  private Recorder recorder;
  /** Whether this pipeline's queue is the root's from {@link #commandStart} on. */
  private boolean direct;
  private int commandStart;
  private int callbackStart;
  /** The own queue of a pipeline that is not direct; {@code null} while empty. */
  private List<QueuedCommand<?>> commands;
  private List<Runnable> callbacks;
  private boolean closed;

  QueueingPipeline(ConnectionRegistry registry, QueueingPipeline parent, String connectionName) {
    this.registry = registry;
    this.parent = parent;
    this.connectionName = connectionName;
    this.connection = registry.find(connectionName);
    this.configured = connection != null;
    this.cluster = configured && connection.isCluster();
    this.target = parent != null && parent.connection == connection
        && parent.connectionName.equals(connectionName) ? parent.target
        : new QueuedCommand.Target(connectionName, configured);
    if (parent != null && parent.connection == connection) {
      this.commandObjects = parent.commandObjects;
    } else {
      this.commandObjects = CommandBuilders.of(connection);
    }
    if (parent == null) {
      this.root = new RootQueue();
      this.direct = true;
      root.top = this;
    } else {
      this.root = parent.root;
      if (parent.direct) {
        root.yieldTo(parent);
        this.direct = true;
        this.commandStart = root.commandCount();
        this.callbackStart = root.callbackCount();
        root.top = this;
      }
    }
  }

  @Override
  PipeliningBase jedisQueue() {
    ensureOpen();
    if (recorder == null) {
      recorder = new Recorder(commandObjects);
    }
    return recorder;
  }

  @Override
  <T> Future<T> futureOf(Response<T> response) {
    if (recorder != null && response == recorder.carrier) {
      return recorder.take();
    }
    throw new InvalidOperation("Jedis answered this command without queueing it; use"
        + " executeCommand(commandObjects()....) instead");
  }

  @Override
  public <T> Future<T> executeCommand(CommandObject<T> command) {
    Objects.requireNonNull(command, "command");
    ensureOpen();
    return queue(command).future();
  }

  @Override
  public CommandObjects commandObjects() {
    ensureOpen();
    return commandObjects;
  }

  @Override
  public void execute() {
    ensureOpen();
    if (parent == null) {
      root.yieldTo(this);
      List<QueuedCommand<?>> queued = root.takeCommands();
      List<Runnable> registered = root.takeCallbacks();
      if (queued != null && !queued.isEmpty()) {
        new BatchExecutor(registry).execute(queued);
      }
      if (registered != null) {
        for (Runnable callback : registered) {
          callback.run();
        }
      }
      return;
    }
    if (direct) {
      // The segment stays where it is: it is now the parent's, which is the next direct one.
      root.yieldTo(this);
      root.top = parent;
      direct = false;
      return;
    }
    List<QueuedCommand<?>> queued = commands;
    List<Runnable> registered = callbacks;
    commands = null;
    callbacks = null;
    parent.absorb(queued, registered);
  }

  @Override
  public void onExecute(Runnable callback) {
    Objects.requireNonNull(callback, "callback");
    ensureOpen();
    if (direct) {
      root.yieldTo(this);
      root.addCallback(callback);
    } else {
      if (callbacks == null) {
        callbacks = new ArrayList<>(4);
      }
      callbacks.add(callback);
    }
  }

  @Override
  public String connectionName() {
    return connectionName;
  }

  @Override
  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public void close() {
    if (direct) {
      root.yieldTo(this);
      root.truncate(commandStart, callbackStart);
      if (parent != null) {
        root.top = parent;
        direct = false;
      }
    }
    closed = true;
    commands = null;
    callbacks = null;
  }

  @Override
  public String toString() {
    int queued = direct ? root.commandCount() - commandStart
        : commands == null ? 0 : commands.size();
    return (parent == null ? "root" : "nested") + " pipeline on "
        + Connection.describe(connectionName) + " (" + queued + " queued"
        + (closed ? ", closed" : "") + ")";
  }

  void ensureOpen() {
    if (closed) {
      throw new InvalidPipeline("this pipeline is closed: create a new one with"
          + " RedPipe.pipeline(...)");
    }
  }

  /** See {@link Pipelines#joinable}; {@code name} is normalized. */
  boolean joinableFor(ConnectionRegistry registry, String name) {
    return !closed && this.registry == registry && connectionName.equals(name)
        && registry.find(name) == connection;
  }

  QueueingPipeline parentPipeline() {
    return parent;
  }

  /** Moves this direct pipeline's segment of the root queue into lists of its own. */
  void demote() {
    commands = root.cutCommands(commandStart);
    callbacks = root.cutCallbacks(callbackStart);
    direct = false;
  }

  private <T> QueuedCommand<T> queue(CommandObject<T> command) {
    int slot = cluster ? Slots.slotOf(command, connectionName) : -1;
    QueuedCommand<T> queued = QueuedCommand.of(target, command, slot);
    if (direct) {
      if (root.top != this) {
        root.yieldTo(this);
      }
      root.add(queued);
    } else {
      if (commands == null) {
        commands = new ArrayList<>();
      }
      commands.add(queued);
    }
    return queued;
  }

  private void absorb(List<QueuedCommand<?>> queued, List<Runnable> registered) {
    ensureOpen();
    if (direct) {
      root.yieldTo(this);
      root.addAll(queued, registered);
      return;
    }
    if (queued != null && !queued.isEmpty()) {
      if (commands == null) {
        commands = new ArrayList<>(queued.size());
      }
      commands.addAll(queued);
    }
    if (registered != null && !registered.isEmpty()) {
      if (callbacks == null) {
        callbacks = new ArrayList<>(registered.size());
      }
      callbacks.addAll(registered);
    }
  }

  /**
   * Jedis's command builders, recording each command in this pipeline's queue. It answers every
   * command with one shared {@code Response}; {@link #futureOf} takes the future of the command
   * just queued, so a queued command costs no {@code Response} of its own.
   */
  private final class Recorder extends PipeliningBase {
    final Response<Object> carrier = new Response<>(null);
    private QueuedCommand<?> last;

    Recorder(CommandObjects commandObjects) {
      super(commandObjects);
    }

    @Override
    @SuppressWarnings("unchecked")
    protected <T> Response<T> appendCommand(CommandObject<T> command) {
      last = queue(command);
      return (Response<T>) (Response<?>) carrier;
    }

    @SuppressWarnings("unchecked")
    <T> Future<T> take() {
      QueuedCommand<?> queued = last;
      last = null;
      if (queued == null) {
        throw new InvalidOperation("Jedis answered this command without queueing it; use"
            + " executeCommand(commandObjects()....) instead");
      }
      return (Future<T>) queued.future();
    }
  }
}

package io.redpipe.pipelines;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidPipeline;
import io.redpipe.connections.Connection;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.connections.ReadFrom;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.concurrent.CompletableFuture;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.util.JedisClusterCRC16;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;

/**
 * The pipeline implementation. A root ({@code parent == null}) sends its queue on execute; a
 * nested pipeline moves its queue and callbacks to its parent. While a nested pipeline is the
 * innermost open one it queues straight into the root's queue (see {@link RootQueue}); else it
 * keeps lists of its own.
 */
final class QueueingPipeline extends Pipeline {
  private final QueueingPipeline parent;
  private final Endpoint endpoint;
  /** Whether this pipeline's queue is the root's from {@link #commandStart} on. */
  private boolean direct;
  private boolean closed;
  private int commandStart;
  private int callbackStart;
  /** The own queue of a pipeline that is not direct; {@code null} while empty. */
  private List<QueuedCommand<?>> commands;
  private List<Runnable> callbacks;

  QueueingPipeline(RedPipeContext context, QueueingPipeline parent, String connectionName) {
    this.parent = parent;
    Connection connection = context.connections().find(connectionName);
    if (parent == null) {
      this.endpoint = new Endpoint(new RootQueue(), context, connectionName, connection);
      this.direct = true;
      endpoint.root.top = this;
      return;
    }
    this.endpoint = parent.endpoint.sameAs(connectionName, connection) ? parent.endpoint
        : new Endpoint(parent.endpoint.root, context, connectionName, connection);
    if (parent.direct) {
      RootQueue root = endpoint.root;
      root.yieldTo(parent);
      this.direct = true;
      this.commandStart = root.commandCount();
      this.callbackStart = root.callbackCount();
      root.top = this;
    }
  }

  @Override
  PipeliningBase jedisQueue() {
    ensureOpen();
    Recorder recorder = endpoint.recorder();
    recorder.owner = this;
    return recorder;
  }

  @Override
  <T> Future<T> futureOf(Response<T> response) {
    Recorder recorder = endpoint.recorderOrNull();
    if (recorder != null && response == recorder.carrier && recorder.owner == this) {
      return recorder.take();
    }
    throw new InvalidOperation("Jedis answered this command without queueing it; use"
        + " executeCommand(commandObjects()....) instead");
  }

  @Override
  public <T> Future<T> executeCommand(CommandObject<T> command) {
    Objects.requireNonNull(command, "command");
    ensureOpen();
    return queue(command.getBuilder(), command.getArguments()).future();
  }

  @Override
  public CommandObjects commandObjects() {
    ensureOpen();
    return endpoint.commandObjects;
  }

  @Override
  public void execute() {
    ensureOpen();
    if (parent == null) {
      endpoint.root.yieldTo(this);
      RootExecute.run(endpoint.context, endpoint.root.takeCommands(),
          endpoint.root.takeCallbacks(), endpoint.root.readPolicy);
      return;
    }
    if (direct) {
      // The segment stays where it is: it is now the parent's, which is the next direct one.
      endpoint.root.yieldTo(this);
      endpoint.root.top = parent;
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
  public CompletableFuture<Void> executeAsync() {
    ensureOpen();
    if (parent != null) {
      throw new InvalidPipeline("executeAsync() is for root pipelines: the commands of " + this
          + " are sent by its root; call execute() here and executeAsync() on the root");
    }
    endpoint.root.yieldTo(this);
    return RootExecute.runAsync(endpoint.context, endpoint.root.takeCommands(),
        endpoint.root.takeCallbacks(), endpoint.root.readPolicy);
  }

  @Override
  public Pipeline readFrom(ReadFrom readFrom) {
    ensureReadPolicyRoot("readFrom(" + readFrom + ")");
    endpoint.root.readPolicy = endpoint.root.readPolicy.forAll(readFrom);
    return this;
  }

  @Override
  public Pipeline readFrom(String connectionName, ReadFrom readFrom) {
    ensureReadPolicyRoot("readFrom(\"" + connectionName + "\", " + readFrom + ")");
    endpoint.root.readPolicy = endpoint.root.readPolicy.forName(
        ConnectionRegistry.normalize(connectionName), readFrom);
    return this;
  }

  /** A read policy is the root's: its executes send the batches, nested ones included. */
  private void ensureReadPolicyRoot(String call) {
    ensureOpen();
    if (parent != null) {
      throw new InvalidPipeline(call + " is for root pipelines: the commands of " + this
          + " are sent in its root's batches, by the root's policy; call it on the root");
    }
  }

  @Override
  public RedPipeContext context() {
    return endpoint.context;
  }

  @Override
  public void onExecute(Runnable callback) {
    Objects.requireNonNull(callback, "callback");
    ensureOpen();
    if (direct) {
      endpoint.root.yieldTo(this);
      endpoint.root.addCallback(callback);
    } else {
      if (callbacks == null) {
        callbacks = new ArrayList<>(4);
      }
      callbacks.add(callback);
    }
  }

  @Override
  public String connectionName() {
    return endpoint.target.connectionName;
  }

  @Override
  public boolean isRoot() {
    return parent == null;
  }

  @Override
  public void close() {
    List<QueuedCommand<?>> discarded = commands;
    if (direct) {
      endpoint.root.yieldTo(this);
      discarded = endpoint.root.truncate(commandStart, callbackStart);
      if (parent != null) {
        endpoint.root.top = parent;
        direct = false;
      }
    }
    closed = true;
    commands = null;
    callbacks = null;
    if (discarded != null && !discarded.isEmpty()) {
      // Nothing will complete these futures any more: say why, so no one waits for them.
      RootExecute.failPending(discarded, new InvalidPipeline("the " + discarded.size()
          + " command(s) queued on a " + (parent == null ? "root" : "nested") + " pipeline on "
          + Connection.describe(endpoint.target.connectionName) + " were discarded: it was closed"
          + " before it was executed (an autoexec body that threw, or close() without execute())"));
    }
  }

  @Override
  public String toString() {
    int queued = direct ? endpoint.root.commandCount() - commandStart
        : commands == null ? 0 : commands.size();
    return (parent == null ? "root" : "nested") + " pipeline on "
        + Connection.describe(endpoint.target.connectionName) + " (" + queued + " queued"
        + (closed ? ", closed" : "") + ")";
  }

  void ensureOpen() {
    if (closed) {
      throw new InvalidPipeline("this pipeline is closed: create a new one with"
          + " RedPipe.pipeline(...)");
    }
  }

  /** See {@link Pipelines#joinable}; {@code name} is normalized. */
  boolean joinableFor(String name) {
    return !closed && endpoint.sameAs(name, endpoint.context.connections().find(name));
  }

  QueueingPipeline parentPipeline() {
    return parent;
  }

  /** Moves this direct pipeline's segment of the root queue into lists of its own. */
  void demote() {
    commands = endpoint.root.cutCommands(commandStart);
    callbacks = endpoint.root.cutCallbacks(callbackStart);
    direct = false;
  }

  /**
   * Queues the command of {@code builder} and {@code arguments}. Callers pass the parts of the
   * {@code CommandObject} Jedis built rather than the object itself, so that the JIT, inlining
   * the small caller, can drop that object.
   */
  <T> QueuedCommand<T> queue(Builder<T> builder, CommandArguments arguments) {
    QueuedCommand<T> queued = endpoint.cluster
        ? QueuedCommand.slotted(endpoint.target, builder, arguments,
            Slots.slotOf(arguments, endpoint.target.connectionName))
        : new QueuedCommand<>(endpoint.target, builder, arguments);
    append(queued);
    return queued;
  }

  /** Queues a command whose future holds its reply mapped by {@code fn}. */
  <T, R> Future<R> queueMapped(Builder<T> builder, CommandArguments arguments,
      Function<? super T, ? extends R> fn) {
    ensureOpen();
    MappedCommand<T, R> queued = new MappedCommand<>(endpoint.target, builder,
        arguments, fn,
        endpoint.cluster ? Slots.slotOf(arguments, endpoint.target.connectionName) : -1);
    append(queued);
    return queued.mapped();
  }

  /**
   * Queues {@code command key second more...} (one key; plain byte arguments as their bytes,
   * {@code second} and {@code more} may be {@code null}, {@code more} is kept as it is), its
   * future holding the reply mapped by {@code fn} of the key and the reply, or as the builder
   * decodes it when {@code fn} is {@code null}.
   */
  <T, R> QueuedCommand<T> queueParts(Builder<T> builder,
      BiFunction<byte[], ? super T, ? extends R> fn, ProtocolCommand command, byte[] key,
      Object second, Object[] more) {
    ensureOpen();
    int slot = endpoint.cluster ? JedisClusterCRC16.getSlot(key) : -1;
    QueuedCommand<T> queued;
    if (fn != null) {
      queued = new MappedCommand<>(endpoint.target, builder, fn, command, key, second, more, slot);
    } else if (slot >= 0) {
      queued = QueuedCommand.slotted(endpoint.target, builder, command, key, second, more, slot);
    } else {
      queued = new QueuedCommand<>(endpoint.target, builder, command, key, second, more);
    }
    append(queued);
    return queued;
  }

  private void append(QueuedCommand<?> queued) {
    if (direct) {
      if (endpoint.root.top != this) {
        endpoint.root.yieldTo(this);
      }
      endpoint.root.add(queued);
    } else {
      if (commands == null) {
        commands = new ArrayList<>();
      }
      commands.add(queued);
    }
  }

  private void absorb(List<QueuedCommand<?>> queued, List<Runnable> registered) {
    ensureOpen();
    if (direct) {
      endpoint.root.yieldTo(this);
      endpoint.root.addAll(queued, registered);
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
}

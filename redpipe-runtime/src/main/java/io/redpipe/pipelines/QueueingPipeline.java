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
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.Response;

/**
 * The pipeline implementation. A root ({@code parent == null}) sends its queue on execute; a
 * nested pipeline moves its queue and callbacks to its parent.
 */
final class QueueingPipeline extends Pipeline {
  private final ConnectionRegistry registry;
  private final QueueingPipeline parent;
  private final String connectionName;
  private final boolean configured;
  private final boolean cluster;
  private final CommandObjects commandObjects;
  private final Recorder recorder;
  private List<QueuedCommand<?>> commands = new ArrayList<>();
  private List<Runnable> callbacks = new ArrayList<>();
  private boolean closed;

  QueueingPipeline(ConnectionRegistry registry, QueueingPipeline parent, String connectionName) {
    this.registry = registry;
    this.parent = parent;
    this.connectionName = connectionName;
    Connection connection = registry.find(connectionName);
    this.configured = connection != null;
    this.cluster = configured && connection.isCluster();
    this.commandObjects = configured ? connection.newCommandObjects() : new CommandObjects(RedisProtocol.RESP2);
    this.recorder = new Recorder(commandObjects);
  }

  @Override
  PipeliningBase jedisQueue() {
    ensureOpen();
    return recorder;
  }

  @Override
  <T> Future<T> futureOf(Response<T> response) {
    if (response instanceof FutureResponse) {
      return ((FutureResponse<T>) response).future();
    }
    throw new InvalidOperation("Jedis answered this command without queueing it; use"
        + " executeCommand(commandObjects()....) instead");
  }

  @Override
  public <T> Future<T> executeCommand(CommandObject<T> command) {
    Objects.requireNonNull(command, "command");
    ensureOpen();
    return recorder.queue(command).future();
  }

  @Override
  public CommandObjects commandObjects() {
    ensureOpen();
    return commandObjects;
  }

  @Override
  public void execute() {
    ensureOpen();
    List<QueuedCommand<?>> queued = commands;
    List<Runnable> registered = callbacks;
    commands = new ArrayList<>();
    callbacks = new ArrayList<>();
    if (parent != null) {
      parent.absorb(queued, registered);
      return;
    }
    if (!queued.isEmpty()) {
      new BatchExecutor(registry).execute(queued);
    }
    for (Runnable callback : registered) {
      callback.run();
    }
  }

  @Override
  public void onExecute(Runnable callback) {
    Objects.requireNonNull(callback, "callback");
    ensureOpen();
    callbacks.add(callback);
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
    closed = true;
    commands = new ArrayList<>();
    callbacks = new ArrayList<>();
  }

  @Override
  public String toString() {
    return (parent == null ? "root" : "nested") + " pipeline on "
        + Connection.describe(connectionName) + " (" + commands.size() + " queued"
        + (closed ? ", closed" : "") + ")";
  }

  void ensureOpen() {
    if (closed) {
      throw new InvalidPipeline("this pipeline is closed: create a new one with"
          + " RedPipe.pipeline(...)");
    }
  }

  private void absorb(List<QueuedCommand<?>> queued, List<Runnable> registered) {
    ensureOpen();
    commands.addAll(queued);
    callbacks.addAll(registered);
  }

  /** Jedis's command builders, recording each command in this pipeline's queue. */
  private final class Recorder extends PipeliningBase {
    Recorder(CommandObjects commandObjects) {
      super(commandObjects);
    }

    @Override
    protected <T> Response<T> appendCommand(CommandObject<T> command) {
      return new FutureResponse<>(queue(command));
    }

    <T> QueuedCommand<T> queue(CommandObject<T> command) {
      int slot = cluster ? Slots.slotOf(command, connectionName) : -1;
      QueuedCommand<T> queued = new QueuedCommand<>(connectionName, configured, command, slot);
      commands.add(queued);
      return queued;
    }
  }
}

package io.redpipe.pipelines;

import io.redpipe.futures.Future;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.CommandObject;

/** A command waiting for its root to execute, with the future its result fills. */
final class QueuedCommand<T> {
  private final String connectionName;
  private final boolean builtForConnection;
  private final CommandObject<T> command;
  private final Future<T> future = Future.create();

  QueuedCommand(String connectionName, boolean builtForConnection, CommandObject<T> command) {
    this.connectionName = connectionName;
    this.builtForConnection = builtForConnection;
    this.command = command;
  }

  String connectionName() {
    return connectionName;
  }

  /** Whether the command was built while its connection was configured. */
  boolean builtForConnection() {
    return builtForConnection;
  }

  CommandObject<T> command() {
    return command;
  }

  Future<T> future() {
    return future;
  }

  /** Fills the future with a value the command's own builder produced. */
  @SuppressWarnings("unchecked")
  void fill(Object value) {
    future.set((T) value);
  }

  /** The command's name as sent, e.g. {@code HGET}. */
  String commandName() {
    return new String(command.getArguments().getCommand().getRaw(), StandardCharsets.UTF_8);
  }
}

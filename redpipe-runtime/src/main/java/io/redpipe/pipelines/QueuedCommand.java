package io.redpipe.pipelines;

import io.redpipe.futures.Future;
import java.nio.charset.StandardCharsets;
import io.redpipe.codecs.Bytes;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.args.Rawable;

/** A command waiting for its root to execute, with the future its result fills. */
final class QueuedCommand<T> {
  private static final int MAX_ARGUMENTS_SHOWN = 2;

  private final String connectionName;
  private final boolean builtForConnection;
  private final CommandObject<T> command;
  private final int slot;
  private final Future<T> future = Future.create();

  QueuedCommand(String connectionName, boolean builtForConnection, CommandObject<T> command,
      int slot) {
    this.connectionName = connectionName;
    this.builtForConnection = builtForConnection;
    this.command = command;
    this.slot = slot;
  }

  String connectionName() {
    return connectionName;
  }

  /** Whether the command was built while its connection was configured. */
  boolean builtForConnection() {
    return builtForConnection;
  }

  /** The hash slot of the command's keys on a cluster connection; -1 on other connections. */
  int slot() {
    return slot;
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

  /**
   * The command's name and its first arguments (usually the key), e.g. {@code GET b'U{1}'}, for
   * error messages. Long or many arguments are cut.
   */
  String describe() {
    StringBuilder text = new StringBuilder(commandName());
    int shown = 0;
    boolean first = true;
    for (Rawable argument : command.getArguments()) {
      if (first) {
        first = false;  // the command itself
        continue;
      }
      if (shown == MAX_ARGUMENTS_SHOWN) {
        text.append(" ...");
        break;
      }
      text.append(' ').append(Bytes.printable(argument.getRaw()));
      shown++;
    }
    return text.toString();
  }
}

package io.redpipe.pipelines;

import io.redpipe.connections.Connection;
import io.redpipe.futures.Future;
import java.nio.charset.StandardCharsets;
import io.redpipe.codecs.Bytes;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.args.Rawable;

/**
 * A command waiting for its root to execute, with the future its result fills. Kept small (one
 * per queued command): what the commands of one pipeline share lives in their {@link Target}.
 */
class QueuedCommand<T> {
  private static final int MAX_ARGUMENTS_SHOWN = 2;

  private final Target target;
  private final CommandObject<T> command;
  private final Future<T> future = Future.create();

  QueuedCommand(Target target, CommandObject<T> command) {
    this.target = target;
    this.command = command;
  }

  /** A queued command and its hash slot (cluster connections). */
  static <T> QueuedCommand<T> of(Target target, CommandObject<T> command, int slot) {
    return slot < 0 ? new QueuedCommand<>(target, command) : new Slotted<>(target, command, slot);
  }

  String connectionName() {
    return target.connectionName;
  }

  /** Where the command goes; shared by the commands of one pipeline tree on one connection. */
  final Target target() {
    return target;
  }

  /** Fails the future unless it is complete (user code may have set it before execute). */
  final void failWith(String message, Throwable cause) {
    if (!future.isDone()) {
      future.fail(message, cause);
    }
  }

  /** {@link #failWith} with the future's default message. */
  final void failWith(Throwable cause) {
    if (!future.isDone()) {
      future.fail(cause);
    }
  }

  /**
   * The connection the command was built for (its protocol decides how the reply decodes), or
   * {@code null} when its connection was not configured when its pipeline was created.
   */
  Connection builtFor() {
    return target.builtFor;
  }

  /** The hash slot of the command's keys on a cluster connection; -1 on other connections. */
  int slot() {
    return -1;
  }

  /**
   * Where the commands of one pipeline go: the connection's name, and the connection as it was
   * configured when the pipeline was created ({@code null} when it was not).
   */
  static final class Target {
    final String connectionName;
    final Connection builtFor;

    Target(String connectionName, Connection builtFor) {
      this.connectionName = connectionName;
      this.builtFor = builtFor;
    }
  }

  /** A command of a cluster connection, with the hash slot of its keys. */
  private static final class Slotted<T> extends QueuedCommand<T> {
    private final int slot;

    Slotted(Target target, CommandObject<T> command, int slot) {
      super(target, command);
      this.slot = slot;
    }

    @Override
    int slot() {
      return slot;
    }
  }

  final CommandObject<T> command() {
    return command;
  }

  final Future<T> future() {
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
    String name = commandName();
    StringBuilder text = new StringBuilder(name);
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
      if (mayHoldSecret(name, shown)) {
        text.append(" (arguments hidden: they may hold a credential)");
        break;
      }
      text.append(' ').append(Bytes.printable(argument.getRaw()));
      shown++;
    }
    return text.toString();
  }

  /**
   * Whether argument {@code index} of {@code command} may be a password: AUTH, HELLO (AUTH user
   * password), ACL (SETUSER with >password), CONFIG (SET requirepass or masterauth) and MIGRATE
   * (AUTH) show none of their arguments, or only their subcommand.
   */
  static boolean mayHoldSecret(String command, int index) {
    switch (command.toUpperCase(java.util.Locale.ROOT)) {
      case "AUTH":
      case "HELLO":
      case "MIGRATE":
        return true;
      case "ACL":
      case "CONFIG":
        return index >= 1;
      default:
        return false;
    }
  }
}

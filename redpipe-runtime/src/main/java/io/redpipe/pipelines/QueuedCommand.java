package io.redpipe.pipelines;

import io.redpipe.connections.Connection;
import io.redpipe.futures.Future;
import io.redpipe.scripts.ScriptArguments;
import java.nio.charset.StandardCharsets;
import io.redpipe.codecs.Bytes;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.args.Rawable;
import redis.clients.jedis.args.RawableFactory;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * A command waiting for its root to execute, with the future its result fills. Kept small (one
 * per queued command, held until the execute): what the commands of one pipeline share lives in
 * their {@link Target}, and the command is kept as its parts, not as Jedis's
 * {@code CommandArguments} (whose lists and key list cost about 170 bytes a command): the
 * command, then each argument as the bytes it is sent as (or the {@code Rawable} when it is no
 * plain byte argument); the first two arguments in fields, further ones in an array. A command
 * whose arguments are of a subclass of {@code CommandArguments} (a script call, a command built
 * by hand) is kept as it is. {@link SendView} sends the parts without rebuilding anything.
 */
class QueuedCommand<T> {
  private static final int MAX_ARGUMENTS_SHOWN = 2;

  private final Target target;
  private final Builder<T> builder;
  /**
   * The future the reply fills: of {@code T}, or of what a {@link MappedCommand} maps it to.
   */
  final Future<Object> future = Future.create();
  /** The {@code ProtocolCommand}, or the whole {@code CommandArguments} of a kept command. */
  private final Object head;
  /** The first and second arguments ({@code byte[]} or {@code Rawable}), or {@code null}. */
  private final Object first;
  private final Object second;
  /** The arguments after the second; {@code null} when there are none. */
  private final Object[] more;

  QueuedCommand(Target target, CommandObject<T> command) {
    this(target, command.getBuilder(), command.getArguments());
  }

  QueuedCommand(Target target, Builder<T> builder, CommandArguments arguments) {
    this.target = target;
    this.builder = builder;
    if (arguments.getClass() != CommandArguments.class) {
      head = arguments;
      first = null;
      second = null;
      more = null;
      return;
    }
    int count = arguments.size() - 1;
    head = arguments.getCommand();
    first = count > 0 ? part(arguments.get(1)) : null;
    second = count > 1 ? part(arguments.get(2)) : null;
    more = count > 2 ? rest(arguments, count) : null;
  }

  /**
   * The command {@code command first second more...} from its parts as they are kept (plain
   * byte arguments as their bytes; {@code second} and {@code more} may be {@code null};
   * {@code more} is kept, not copied).
   */
  QueuedCommand(Target target, Builder<T> builder, ProtocolCommand command, Object first,
      Object second, Object[] more) {
    this.target = target;
    this.builder = builder;
    this.head = command;
    this.first = first;
    this.second = second;
    this.more = more;
  }

  /** The arguments after the second. */
  private static Object[] rest(CommandArguments arguments, int count) {
    Object[] rest = new Object[count - 2];
    for (int i = 0; i < rest.length; i++) {
      rest[i] = part(arguments.get(i + 3));
    }
    return rest;
  }

  /** A plain byte argument as its bytes (its {@code Raw} wrapper is dropped), else itself. */
  private static Object part(Rawable argument) {
    return argument instanceof RawableFactory.Raw ? argument.getRaw() : argument;
  }

  /** {@link #QueuedCommand(Target, Builder, ProtocolCommand, Object, Object, Object[])} with a slot. */
  static <T> QueuedCommand<T> slotted(Target target, Builder<T> builder, ProtocolCommand command,
      Object first, Object second, Object[] more, int slot) {
    return new Slotted<>(target, builder, command, first, second, more, slot);
  }

  /** A queued command of a cluster connection, with the hash slot of its keys. */
  static <T> QueuedCommand<T> slotted(Target target, Builder<T> builder,
      CommandArguments arguments, int slot) {
    return new Slotted<>(target, builder, arguments, slot);
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

    Slotted(Target target, Builder<T> builder, CommandArguments arguments, int slot) {
      super(target, builder, arguments);
      this.slot = slot;
    }

    Slotted(Target target, Builder<T> builder, ProtocolCommand command, Object first,
        Object second, Object[] more, int slot) {
      super(target, builder, command, first, second, more);
      this.slot = slot;
    }

    @Override
    int slot() {
      return slot;
    }
  }

  /** Decodes the command's raw reply. */
  final Object build(Object reply) {
    return builder.build(reply);
  }

  final Builder<T> builder() {
    return builder;
  }

  @SuppressWarnings("unchecked")
  final Future<T> future() {
    return (Future<T>) (Future<?>) future;
  }

  /** Fills the future with a value the command's own builder produced. */
  void fill(Object value) {
    future.set(value);
  }


  /** The command ({@code SET}, ...). */
  final ProtocolCommand protocolCommand() {
    return head instanceof CommandArguments ? ((CommandArguments) head).getCommand()
        : (ProtocolCommand) head;
  }

  /** The arguments kept as Jedis built them (see the class comment), or {@code null}. */
  final CommandArguments kept() {
    return head instanceof CommandArguments ? (CommandArguments) head : null;
  }

  /** The script call this command is, or {@code null}. */
  final ScriptArguments scriptCall() {
    return head instanceof ScriptArguments ? (ScriptArguments) head : null;
  }

  /** The number of arguments after the command (of a command that is not {@link #kept}). */
  final int argumentCount() {
    return first == null ? 0 : second == null ? 1 : more == null ? 2 : 2 + more.length;
  }

  /**
   * Argument {@code index} (0 is the one after the command) of a command that is not
   * {@link #kept}: its bytes ({@code byte[]}) or a {@code Rawable}.
   */
  final Object argument(int index) {
    return index == 0 ? first : index == 1 ? second : more[index - 2];
  }

  /**
   * The arguments as a new {@code CommandArguments} (or the kept ones), for the rare paths that
   * send through Jedis's own pipeline: the same bytes, but keys are not marked as keys (routing
   * uses the slot computed when the command was queued).
   */
  final CommandArguments arguments() {
    CommandArguments kept = kept();
    if (kept != null) {
      return kept;
    }
    CommandArguments arguments = new CommandArguments((ProtocolCommand) head);
    for (int i = 0, count = argumentCount(); i < count; i++) {
      Object argument = argument(i);
      arguments.add(argument instanceof byte[] ? RawableFactory.from((byte[]) argument)
          : (Rawable) argument);
    }
    return arguments;
  }

  /** The command as a new {@code CommandObject}, for the paths that send through Jedis. */
  final CommandObject<T> commandObject() {
    return new CommandObject<>(arguments(), builder);
  }

  /** The command's name as sent, e.g. {@code HGET}. */
  String commandName() {
    return new String(protocolCommand().getRaw(), StandardCharsets.UTF_8);
  }

  /**
   * The command's name and its first arguments (usually the key), e.g. {@code GET b'U{1}'}, for
   * error messages. Long or many arguments are cut.
   */
  String describe() {
    String name = commandName();
    StringBuilder text = new StringBuilder(name);
    int shown = 0;
    CommandArguments kept = kept();
    int count = kept != null ? kept.size() - 1 : argumentCount();
    for (int i = 0; i < count; i++) {
      if (shown == MAX_ARGUMENTS_SHOWN) {
        text.append(" ...");
        break;
      }
      if (mayHoldSecret(name, shown)) {
        text.append(" (arguments hidden: they may hold a credential)");
        break;
      }
      Object argument = kept != null ? kept.get(i + 1) : argument(i);
      text.append(' ').append(Bytes.printable(argument instanceof byte[] ? (byte[]) argument
          : ((Rawable) argument).getRaw()));
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

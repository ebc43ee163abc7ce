package io.redpipe.pipelines;

import java.util.Iterator;
import java.util.NoSuchElementException;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.args.Rawable;
import redis.clients.jedis.args.RawableFactory;
import redis.clients.jedis.commands.ProtocolCommand;

/**
 * Jedis's {@code CommandArguments} over the parts of one {@link QueuedCommand} at a time, so that
 * a batch sends its commands through {@code Connection.sendCommand} without rebuilding them: one
 * view per round trip, pointed at each command in turn ({@link #of}). Jedis writes a command by
 * asking its {@link #size()} and walking its {@link #iterator()}, taking each argument's bytes
 * before asking for the next, so the iterator hands out one reusable {@code Rawable}. Not
 * thread-safe; used by the thread that sends the round trip, and only while it sends.
 */
final class SendView extends CommandArguments {
  private QueuedCommand<?> command;
  private final Parts parts = new Parts();

  SendView() {
    super(Protocol.Command.PING);
  }

  /** {@code command}'s arguments to send: its kept ones, or this view of its parts. */
  CommandArguments of(QueuedCommand<?> command) {
    CommandArguments kept = command.kept();
    if (kept != null) {
      return kept;
    }
    this.command = command;
    return this;
  }

  @Override
  public ProtocolCommand getCommand() {
    return command.protocolCommand();
  }

  @Override
  public int size() {
    return command.argumentCount() + 1;
  }

  @Override
  public Rawable get(int index) {
    if (index == 0) {
      return command.protocolCommand();
    }
    Object part = command.argument(index - 1);
    return part instanceof byte[] ? RawableFactory.from((byte[]) part) : (Rawable) part;
  }

  @Override
  public Iterator<Rawable> iterator() {
    parts.start(command);
    return parts;
  }

  /** The parts of a command, the command first; each byte argument through one holder. */
  private static final class Parts implements Iterator<Rawable>, Rawable {
    private QueuedCommand<?> command;
    private int next;
    private int size;
    private byte[] current;

    void start(QueuedCommand<?> command) {
      this.command = command;
      this.next = 0;
      this.size = command.argumentCount() + 1;
    }

    @Override
    public boolean hasNext() {
      return next < size;
    }

    @Override
    public Rawable next() {
      if (next >= size) {
        throw new NoSuchElementException();
      }
      int index = next++;
      if (index == 0) {
        return command.protocolCommand();
      }
      Object part = command.argument(index - 1);
      if (part instanceof byte[]) {
        current = (byte[]) part;
        return this;
      }
      return (Rawable) part;
    }

    @Override
    public byte[] getRaw() {
      return current;
    }
  }
}

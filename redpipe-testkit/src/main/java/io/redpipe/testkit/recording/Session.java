package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * One client connection of a recording server: answers its handshake, records its other
 * commands and writes their replies in the protocol it chose with {@code HELLO}, queueing the
 * replies of a {@code MULTI} block for {@code EXEC}. Not thread-safe: one per connection.
 */
final class Session {
  /** What a session asks of its server. */
  interface Server {
    /**
     * The value of {@code mode} in the reply to {@code HELLO}.
     *
     * @return {@code standalone} or {@code cluster}
     */
    String mode();

    /**
     * A reply for a command the server answers itself and does not record (e.g. {@code CLUSTER
     * SLOTS}), or {@code null}.
     *
     * @param command the command
     * @return the reply or {@code null}
     */
    Reply unrecorded(RecordedCommand command);

    /**
     * Records {@code command}.
     *
     * @param command the command
     * @return its position among the server's recorded commands
     */
    int record(RecordedCommand command);

    /**
     * The reply to a recorded command.
     *
     * @param command the command
     * @param position its position
     * @param asking whether {@code ASKING} came just before it on this connection
     * @return the reply
     */
    Reply reply(RecordedCommand command, int position, boolean asking);
  }

  private final Server server;
  private boolean resp3;
  private boolean asking;
  /** The answers of the commands queued since MULTI; {@code null} outside a transaction. */
  private List<Reply> queued;

  Session(Server server) {
    this.server = server;
  }

  /**
   * Answers {@code command} into {@code replies}.
   *
   * @return whether the command was recorded (not part of the handshake or the topology)
   */
  boolean handle(RecordedCommand command, ByteArrayOutputStream replies) {
    String name = command.name();
    if (name.equals("HELLO")) {
      if (!command.args().isEmpty()) {
        resp3 = command.args().get(0).equals("3");
      }
      hello(replies);
      return false;
    }
    if (CommandReader.isHandshake(command)) {
      Reply.ok().write(replies, resp3);
      return false;
    }
    Reply own = server.unrecorded(command);
    if (own != null) {
      own.write(replies, resp3);
      return false;
    }
    int position = server.record(command);
    boolean asked = asking;
    asking = name.equals("ASKING");
    if (asking) {
      Reply.ok().write(replies, resp3);
    } else if (name.equals("MULTI")) {
      queued = new ArrayList<>();
      Reply.ok().write(replies, resp3);
    } else if (name.equals("EXEC") && queued != null) {
      Reply.array(queued.toArray(new Reply[0])).write(replies, resp3);
      queued = null;
    } else if (queued != null) {
      queued.add(server.reply(command, position, asked));
      Reply.simple("QUEUED").write(replies, resp3);
    } else {
      server.reply(command, position, asked).write(replies, resp3);
    }
    return true;
  }

  private void hello(ByteArrayOutputStream replies) {
    String[] texts = {"server", "redis", "version", "7.0.0", "mode", server.mode(),
        "role", "master"};
    Reply.writeLine(replies, (resp3 ? "%" : "*") + (resp3 ? 5 : 10));
    for (String text : texts) {
      Reply.bulk(text).write(replies, resp3);
    }
    Reply.bulk("proto").write(replies, resp3);
    Reply.integer(resp3 ? 3 : 2).write(replies, resp3);
  }
}

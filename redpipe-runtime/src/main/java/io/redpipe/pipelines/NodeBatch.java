package io.redpipe.pipelines;

import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.Connection;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;

/**
 * The commands of one cluster batch that go to one node, sent on one borrowed connection in one
 * round trip. Replies are kept raw (errors as exceptions, as Jedis reads them); the connection
 * goes back to its pool when the batch ran.
 */
final class NodeBatch {
  private final HostAndPort node;
  private final Connection connection;
  private final boolean asking;
  private final List<Integer> indexes = new ArrayList<>();
  private final List<CommandArguments> arguments = new ArrayList<>();
  private List<Object> replies;
  private RuntimeException failure;

  /**
   * A batch for {@code node} on {@code connection}; with {@code asking} each command is preceded
   * by {@code ASKING}, as an {@code ASK} redirect requires.
   */
  NodeBatch(HostAndPort node, Connection connection, boolean asking) {
    this.node = node;
    this.connection = connection;
    this.asking = asking;
  }

  /** Adds the cluster batch's {@code index}-th command. */
  void add(int index, CommandArguments command) {
    indexes.add(index);
    arguments.add(command);
  }

  /** Sends the commands and reads every reply; a connection failure is kept, never thrown. */
  void run() {
    try {
      for (CommandArguments command : arguments) {
        if (asking) {
          connection.sendCommand(Protocol.Command.ASKING);
        }
        connection.sendCommand(command);
      }
      List<Object> all = connection.getMany(arguments.size() * (asking ? 2 : 1));
      if (asking) {
        replies = new ArrayList<>(arguments.size());
        for (int i = 1; i < all.size(); i += 2) {
          replies.add(all.get(i));
        }
      } else {
        replies = all;
      }
    } catch (RuntimeException e) {
      failure = e;
    } finally {
      release();
    }
  }

  /**
   * Gives the connection back to its pool. When the node is gone the pool may fail to replace
   * the broken connection; that is kept with the batch's own failure, never thrown, so the
   * execute reports the node instead of a pool error.
   */
  void release() {
    try {
      connection.close();
    } catch (RuntimeException e) {
      if (failure != null) {
        failure.addSuppressed(e);
      }
    }
  }

  HostAndPort node() {
    return node;
  }

  /** The cluster batch's indexes of this node's commands, in sending order. */
  List<Integer> indexes() {
    return indexes;
  }

  /** The raw replies, in sending order; {@code null} when the batch failed. */
  List<Object> replies() {
    return replies;
  }

  /** Why the node could not be reached or read, or {@code null}. */
  RuntimeException failure() {
    return failure;
  }
}

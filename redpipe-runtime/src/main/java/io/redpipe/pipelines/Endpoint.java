package io.redpipe.pipelines;

import io.redpipe.connections.Connection;
import io.redpipe.RedPipeContext;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.RedisProtocol;

/**
 * What the pipelines of one tree on one connection share: the root queue, the context, the
 * connection as it was when the first of them was created, its command builders and the
 * recorder of Jedis-style calls. Keeps each nested pipeline small.
 */
final class Endpoint {
  final RootQueue root;
  final RedPipeContext context;
  final Connection connection;
  final boolean cluster;
  final QueuedCommand.Target target;
  final CommandObjects commandObjects;
  private Recorder recorder;

  Endpoint(RootQueue root, RedPipeContext context, String connectionName,
      Connection connection) {
    this.root = root;
    this.context = context;
    this.connection = connection;
    this.cluster = connection != null && connection.isCluster();
    this.target = new QueuedCommand.Target(connectionName, connection);
    // Unconfigured: RESP2 builders of its own; execute() then fails naming the connection.
    this.commandObjects = connection == null
        ? new CommandObjects(RedisProtocol.RESP2) : connection.commandObjects();
  }

  /** Whether a pipeline on {@code name}, finding {@code found} in the context, can share this. */
  boolean sameAs(String name, Connection found) {
    return connection == found && target.connectionName.equals(name);
  }

  Recorder recorder() {
    if (recorder == null) {
      recorder = new Recorder(commandObjects);
    }
    return recorder;
  }

  Recorder recorderOrNull() {
    return recorder;
  }
}

package io.redpipe.pipelines;

import io.redpipe.connections.Connection;
import java.util.Map;
import java.util.WeakHashMap;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.RedisProtocol;

/**
 * The command builders pipelines use, one per configured connection: Jedis's
 * {@code CommandObjects} holds no per-command state (clients share one across threads), and
 * building one costs about 1.6 kB, once per root pipeline otherwise. Held weakly: a connection
 * that was disconnected and is no longer referenced drops its builders.
 */
final class CommandBuilders {
  private static final Map<Connection, CommandObjects> BY_CONNECTION = new WeakHashMap<>();
  private static final CommandObjects UNCONFIGURED = new CommandObjects(RedisProtocol.RESP2);

  private CommandBuilders() {}

  /** The builders of {@code connection}; {@code null}: RESP2 builders for an unconfigured one. */
  static CommandObjects of(Connection connection) {
    if (connection == null) {
      return UNCONFIGURED;
    }
    synchronized (BY_CONNECTION) {
      return BY_CONNECTION.computeIfAbsent(connection, Connection::newCommandObjects);
    }
  }
}

package io.redpipe.connections;

import redis.clients.jedis.CommandArguments;

/**
 * Sends one command on a connection of a pool and reads its reply, bounded by the execute's
 * deadline: how a cluster topology asks a node for its slot map, and how sentinel replicas ask a
 * sentinel for the replicas it knows.
 */
@FunctionalInterface
public interface NodeCall {
  /**
   * Calls {@code command} on a connection borrowed from {@code pool}.
   *
   * @param pool the server's pool
   * @param command the command to send
   * @return the raw reply
   * @throws RuntimeException when the server could not be reached or read, or replied with an
   *     error
   */
  Object call(ServerPool pool, CommandArguments command);
}

package io.redpipe.cluster;

import io.redpipe.testkit.ServerCounters;
import redis.clients.jedis.Jedis;

/**
 * Counters read from a cluster node's {@code INFO} (see {@link ServerCounters}), to check on the
 * server what a pipeline sent: reads from client sockets (one per round trip of a small batch),
 * calls of a command, error replies of a kind (such as {@code MOVED} or {@code ASK}).
 */
final class NodeStats {
  private NodeStats() {}

  /** {@code total_reads_processed}: reads from client sockets, this connection's INFO included. */
  static long reads(Jedis node) {
    return ServerCounters.reads(node::info);
  }

  /** How many times the node ran {@code command} (lower case, e.g. {@code "incrby"}). */
  static long calls(Jedis node, String command) {
    return ServerCounters.calls(node::info, command);
  }

  /** How many error replies starting with {@code code} (e.g. {@code "MOVED"}) the node sent. */
  static long errors(Jedis node, String code) {
    return ServerCounters.errors(node::info, code);
  }
}

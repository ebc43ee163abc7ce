package io.redpipe.cluster;

import redis.clients.jedis.Jedis;

/**
 * Counters read from a cluster node's {@code INFO}, to check on the server what a pipeline sent:
 * how many times the node read from a client socket (one read per round trip of a small batch),
 * how many calls of a command it ran, and how many error replies of a kind (such as {@code MOVED}
 * or {@code ASK}) it sent. Works on Redis 6.2 and later.
 */
final class NodeStats {
  private NodeStats() {}

  /** {@code total_reads_processed}: reads from client sockets, this connection's INFO included. */
  static long reads(Jedis node) {
    return field(node.info("stats"), "total_reads_processed:", "");
  }

  /** How many times the node ran {@code command} (lower case, e.g. {@code "incrby"}). */
  static long calls(Jedis node, String command) {
    return field(node.info("commandstats"), "cmdstat_" + command + ":calls=", ",");
  }

  /** How many error replies starting with {@code code} (e.g. {@code "MOVED"}) the node sent. */
  static long errors(Jedis node, String code) {
    return field(node.info("errorstats"), "errorstat_" + code + ":count=", "");
  }

  private static long field(String info, String prefix, String end) {
    for (String line : info.split("\r?\n")) {
      if (line.startsWith(prefix)) {
        String rest = line.substring(prefix.length());
        int stop = end.isEmpty() ? rest.length() : rest.indexOf(end);
        return Long.parseLong(rest.substring(0, stop).trim());
      }
    }
    return 0;
  }
}

package io.redpipe.scripts;

import io.redpipe.testkit.ServerCounters;
import redis.clients.jedis.UnifiedJedis;

/** Counters of a server's {@code INFO}, to check what it ran: calls of a command, error replies. */
final class ServerStats {
  private ServerStats() {}

  /** How many times the server ran {@code command} (lower case, {@code "script|load"} too). */
  static long calls(UnifiedJedis server, String command) {
    return ServerCounters.calls(server::info, command);
  }

  /** How many error replies starting with {@code code} (e.g. {@code "NOSCRIPT"}) it sent. */
  static long errors(UnifiedJedis server, String code) {
    return ServerCounters.errors(server::info, code);
  }
}

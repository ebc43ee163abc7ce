package io.redpipe.scripts;

import redis.clients.jedis.UnifiedJedis;

/** Counters of a server's {@code INFO}, to check what it ran: calls of a command, error replies. */
final class ServerStats {
  private ServerStats() {}

  /** How many times the server ran {@code command} (lower case, {@code "script|load"} too). */
  static long calls(UnifiedJedis server, String command) {
    return field(server.info("commandstats"), "cmdstat_" + command + ":calls=", ",");
  }

  /** How many error replies starting with {@code code} (e.g. {@code "NOSCRIPT"}) it sent. */
  static long errors(UnifiedJedis server, String code) {
    return field(server.info("errorstats"), "errorstat_" + code + ":count=", "");
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

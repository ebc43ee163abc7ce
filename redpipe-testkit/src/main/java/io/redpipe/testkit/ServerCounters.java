package io.redpipe.testkit;

import java.util.Objects;
import java.util.function.Function;

/**
 * Counters read from a server's {@code INFO}, to check on the server what a client sent: reads
 * from client sockets, calls of a command, error replies of a kind. Works on Redis 6.2 and
 * later. Pass the client's {@code info} method, e.g. {@code ServerCounters.calls(jedis::info,
 * "get")}.
 */
public final class ServerCounters {
  private ServerCounters() {}

  /**
   * {@code total_reads_processed}: reads from client sockets, the INFO call's own included.
   *
   * @param info the server's {@code INFO <section>}
   * @return the reads so far
   */
  public static long reads(Function<String, String> info) {
    return field(info.apply("stats"), "total_reads_processed:", "");
  }

  /**
   * How many times the server ran {@code command}.
   *
   * @param info the server's {@code INFO <section>}
   * @param command the command in lower case, e.g. {@code "incrby"} or {@code "script|load"}
   * @return the calls so far
   */
  public static long calls(Function<String, String> info, String command) {
    return field(info.apply("commandstats"), "cmdstat_" + command + ":calls=", ",");
  }

  /**
   * How many error replies starting with {@code code} the server sent.
   *
   * @param info the server's {@code INFO <section>}
   * @param code e.g. {@code "MOVED"} or {@code "NOSCRIPT"}
   * @return the error replies so far
   */
  public static long errors(Function<String, String> info, String code) {
    return field(info.apply("errorstats"), "errorstat_" + code + ":count=", "");
  }

  private static long field(String info, String prefix, String end) {
    Objects.requireNonNull(info, "info");
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

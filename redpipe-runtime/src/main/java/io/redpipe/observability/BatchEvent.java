package io.redpipe.observability;

import java.util.List;
import java.util.Objects;

/**
 * One round trip of an execute: the commands one connection sent to one server (a cluster node,
 * or the single server) on one connection, and how that went.
 *
 * @param connection the connection's name; {@code ""} for the default
 * @param host the server's host, or {@code null} when the client does not tell
 * @param port the server's port, or {@code -1} when unknown
 * @param cluster whether the connection is a Redis Cluster connection
 * @param transaction whether the batch ran inside MULTI/EXEC
 * @param commands how many commands the batch carried (without MULTI, EXEC and ASKING)
 * @param retry whether this is RedPipe's retry round (redirected or unsent commands sent again)
 * @param moved how many replies were {@code MOVED} redirects (sent again in the retry round)
 * @param asked how many replies were {@code ASK} redirects
 * @param failedCommands how many replies were other errors
 * @param written whether anything was written to the server (false: a connection could not be had)
 * @param offsetNanos when the batch started, in nanoseconds after its execute started
 * @param durationNanos from borrowing the connection to reading the last reply
 * @param commandNames the distinct names of its commands as sent (e.g. {@code GET}, {@code HSET}),
 *     in first-seen order; never arguments
 * @param outcome how it ended
 * @param failure the connection-level failure, or {@code null}
 */
public record BatchEvent(String connection, String host, int port, boolean cluster,
    boolean transaction, int commands, boolean retry, int moved, int asked, int failedCommands,
    boolean written, long offsetNanos, long durationNanos, List<String> commandNames,
    Outcome outcome, Throwable failure) {
  /** Checks and copies the components. */
  public BatchEvent {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(outcome, "outcome");
    commandNames = List.copyOf(commandNames);
  }

  /**
   * The server as {@code host:port}.
   *
   * @return e.g. {@code 127.0.0.1:6379}, or {@code "unknown"}
   */
  public String server() {
    return host == null ? "unknown" : host + ":" + port;
  }
}

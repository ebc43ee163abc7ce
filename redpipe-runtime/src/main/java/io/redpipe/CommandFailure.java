package io.redpipe;

import java.util.Objects;

/**
 * One failure of a root execute: the command's name and position in the root's queue (or
 * {@code -1} with a description of the batch when the whole connection failed), the connection's
 * name and the Redis/Jedis exception.
 *
 * @param connection the connection's name; {@code ""} for the default
 * @param position the command's zero-based position in the root's queue, or -1 for a batch
 * @param command the command's name, e.g. {@code HGET}, or a description of the batch
 * @param cause what Redis or Jedis reported
 */
public record CommandFailure(String connection, int position, String command, Throwable cause) {
  /**
   * Checks the components.
   *
   * @param connection the name of the connection the command was sent on, {@code ""} for the
   *     default
   * @param position the command's position in its connection's batch, from 0
   * @param command the command as sent, e.g. {@code HGET U{1} name}
   * @param cause the error Redis (or the connection) gave for it
   */
  public CommandFailure {
    Objects.requireNonNull(connection, "connection");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(cause, "cause");
  }

  /** Returns e.g. {@code command #3 HGET on connection 'users': WRONGTYPE ...}. */
  @Override
  public String toString() {
    String where = connection.isEmpty() ? "the default connection" : "connection '" + connection
        + "'";
    String what = position < 0 ? command : "command #" + position + " " + command;
    return what + " on " + where + ": " + cause.getMessage();
  }
}

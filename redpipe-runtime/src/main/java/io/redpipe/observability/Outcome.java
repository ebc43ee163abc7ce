package io.redpipe.observability;

/** How an execute or one of its batches ended. */
public enum Outcome {
  /** Every command got its reply; none was an error. */
  SUCCESS,
  /** Redis refused at least one command (an error reply); the others got their replies. */
  COMMAND_FAILED,
  /** The connection or the server failed (refused, reset, closed, a protocol error). */
  CONNECTION_FAILED,
  /** The execute timeout passed. */
  TIMED_OUT,
  /** The execute failed before anything was sent (e.g. an unknown connection, a closed context). */
  REFUSED;

  /** The lower-case name, as metric tags and span attributes show it, e.g. {@code timed_out}. */
  public String tag() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

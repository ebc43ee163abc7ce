package io.redpipe;

import java.util.List;

/**
 * A root execute failed: a command was refused by Redis or a connection failed. The message
 * names each failed command (name, position, connection); {@link #getCause()} is the first
 * failure's exception and the others are suppressed exceptions. No future was filled and no
 * callback ran; commands on healthy connections were sent and may have taken effect unless the
 * connection uses transactions.
 */
public class PipelineFailed extends RedPipeException {
  private static final long serialVersionUID = 1L;

  private final transient List<CommandFailure> failures;

  /**
   * Creates the exception from at least one failure.
   *
   * @param failures the failed commands, at least one, in queue order
   */
  public PipelineFailed(List<CommandFailure> failures) {
    super(message(failures), failures.get(0).cause());
    this.failures = List.copyOf(failures);
    for (int i = 1; i < failures.size(); i++) {
      addSuppressed(failures.get(i).cause());
    }
  }

  /**
   * The failures, in queue order.
   *
   * @return the failures, in queue order
   */
  public List<CommandFailure> failures() {
    return failures;
  }

  private static String message(List<CommandFailure> failures) {
    if (failures.isEmpty()) {
      throw new IllegalArgumentException("failures is empty");
    }
    StringBuilder text = new StringBuilder("pipeline execute failed (no future was filled, no"
        + " callback ran): ");
    for (int i = 0; i < failures.size(); i++) {
      text.append(i == 0 ? "" : "; ").append(failures.get(i));
      if (i == 9 && failures.size() > 10) {
        text.append("; and ").append(failures.size() - 10).append(" more");
        break;
      }
    }
    return text.toString();
  }
}

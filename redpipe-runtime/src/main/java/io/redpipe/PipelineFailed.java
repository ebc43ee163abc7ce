package io.redpipe;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A root execute failed: a command was refused by Redis or a connection failed. No future was
 * filled and no callback ran; commands on healthy connections were sent and may have taken effect
 * unless the connection uses transactions.
 *
 * <p>The message stays short however many commands failed (a lost connection can fail a batch of
 * thousands): it lists the first {@value #LISTED} failures (each cut at {@value #TEXT_LIMIT}
 * characters), in queue order, then {@code ... and N more failures}. {@link #failures()} keeps
 * every failure with its exception. {@link #getCause()} is the first failure's exception; the
 * exceptions of the other listed failures are suppressed exceptions, each exception once (a batch
 * whose commands share one connection error adds it once).
 */
public class PipelineFailed extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /** How many failures the message lists. */
  public static final int LISTED = 10;

  /** How many characters of one failure's text the message shows. */
  public static final int TEXT_LIMIT = 500;

  private final transient List<CommandFailure> failures;

  /**
   * Creates the exception from at least one failure.
   *
   * @param failures the failed commands, at least one, in queue order
   */
  public PipelineFailed(List<CommandFailure> failures) {
    super(message(failures), failures.get(0).cause());
    this.failures = List.copyOf(failures);
    Map<Throwable, Boolean> added = new IdentityHashMap<>();
    added.put(failures.get(0).cause(), true);
    for (int i = 1; i < Math.min(LISTED, failures.size()); i++) {
      Throwable cause = failures.get(i).cause();
      if (added.put(cause, true) == null) {
        addSuppressed(cause);
      }
    }
  }

  /**
   * Every failure, in queue order (the message lists only the first {@value #LISTED}).
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
    int listed = Math.min(LISTED, failures.size());
    for (int i = 0; i < listed; i++) {
      text.append(i == 0 ? "" : "; ").append(cut(failures.get(i).toString()));
    }
    int more = failures.size() - listed;
    if (more > 0) {
      text.append("; ... and ").append(more).append(" more failure").append(more == 1 ? "" : "s")
          .append(" (failures() lists all ").append(failures.size()).append(")");
    }
    return text.toString();
  }

  private static String cut(String failure) {
    if (failure.length() <= TEXT_LIMIT) {
      return failure;
    }
    int end = Character.isHighSurrogate(failure.charAt(TEXT_LIMIT - 1)) ? TEXT_LIMIT - 1
        : TEXT_LIMIT;
    return failure.substring(0, end) + "... (" + (failure.length() - end) + " more characters)";
  }
}

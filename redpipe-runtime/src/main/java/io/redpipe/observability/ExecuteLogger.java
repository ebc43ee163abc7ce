package io.redpipe.observability;

import java.lang.System.Logger.Level;

/**
 * Logs each root execute through {@link System.Logger} (logger {@code io.redpipe.execute}):
 * one line at {@code DEBUG} per execute with its commands, round trips, duration and outcome,
 * and at {@code WARNING} for a failed one. Off unless registered:
 * {@code RedPipeContext.builder().listener(new ExecuteLogger())}. Never logs command arguments.
 */
public final class ExecuteLogger implements ExecuteListener {
  private final System.Logger log;

  /** A logger writing to {@code io.redpipe.execute}. */
  public ExecuteLogger() {
    this(System.getLogger("io.redpipe.execute"));
  }

  /**
   * A logger writing to {@code log}.
   *
   * @param log where the lines go
   */
  public ExecuteLogger(System.Logger log) {
    this.log = java.util.Objects.requireNonNull(log, "log");
  }

  @Override
  public void executeEnded(ExecuteEvent event, Object state) {
    Level level = event.failure() == null ? Level.DEBUG : Level.WARNING;
    if (!log.isLoggable(level)) {
      return;
    }
    log.log(level, () -> describe(event));
  }

  /**
   * One line for {@code event}, e.g. {@code execute on context 'default': 200 commands, 1 round
   * trip(s) to 127.0.0.1:6379, 1.234 ms, success}.
   *
   * @param event an execute
   * @return the line
   */
  public static String describe(ExecuteEvent event) {
    StringBuilder text = new StringBuilder("execute on context '").append(event.context())
        .append("': ").append(event.commands()).append(" commands, ").append(event.roundTrips())
        .append(" round trip(s)");
    String servers = String.join(", ", event.batches().stream().map(BatchEvent::server)
        .distinct().toList());
    if (!servers.isEmpty()) {
      text.append(" to ").append(servers);
    }
    text.append(", ").append(String.format(java.util.Locale.ROOT, "%.3f ms",
        event.durationNanos() / 1e6)).append(", ").append(event.outcome().tag());
    if (event.redirects() > 0) {
      text.append(", ").append(event.redirects()).append(" redirect(s)");
    }
    if (event.failures() > 0) {
      text.append(", ").append(event.failures()).append(" failure(s)");
    }
    return text.toString();
  }
}

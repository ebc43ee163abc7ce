package io.redpipe.examples.demo;

import java.util.Objects;

/**
 * The demo's command-line options: {@code --users N} (default 1000) and {@code --latency-ms X}
 * (default 0), the round-trip time a {@code LatencyProxy} adds, half in each direction.
 *
 * @param users how many users to create and load, at least 1
 * @param latencyMs added round-trip latency in milliseconds, zero or more
 */
public record DemoOptions(int users, double latencyMs) {
  /** The defaults: 1000 users, no added latency. */
  public static final DemoOptions DEFAULT = new DemoOptions(1000, 0);

  /** Checks the values. */
  public DemoOptions {
    if (users < 1) {
      throw new IllegalArgumentException("--users is " + users + "; expected 1 or more");
    }
    if (!(latencyMs >= 0) || Double.isInfinite(latencyMs)) {
      throw new IllegalArgumentException("--latency-ms is " + latencyMs
          + "; expected a number of milliseconds, 0 or more, e.g. --latency-ms 1");
    }
  }

  /** Parses {@code args}; an unknown option or a bad value is an IllegalArgumentException. */
  public static DemoOptions parse(String... args) {
    Objects.requireNonNull(args, "args");
    int users = DEFAULT.users();
    double latencyMs = DEFAULT.latencyMs();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.isBlank()) {
        continue;
      }
      if (!option.equals("--users") && !option.equals("--latency-ms")) {
        throw new IllegalArgumentException("unknown option '" + option
            + "'; expected --users N and/or --latency-ms MILLIS");
      }
      if (i + 1 == args.length) {
        throw new IllegalArgumentException(option + " needs a value, e.g. " + option + " 1");
      }
      String value = args[++i];
      try {
        if (option.equals("--users")) {
          users = Integer.parseInt(value);
        } else {
          latencyMs = Double.parseDouble(value);
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " is '" + value + "'; expected a number", e);
      }
    }
    return new DemoOptions(users, latencyMs);
  }
}

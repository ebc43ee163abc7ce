package io.redpipe.examples.demo;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Prints the demo's steps as a small console table. */
public final class DemoTable {
  private static final String ROW = "%-32s %12s %10s %10s%n";

  private DemoTable() {}

  /** Prints a header, one row per step and, per pair of steps, how much pipelining saved. */
  public static void print(List<DemoStep> steps, PrintStream out) {
    Objects.requireNonNull(steps, "steps");
    Objects.requireNonNull(out, "out");
    out.printf(Locale.ROOT, ROW, "step", "round trips", "commands", "elapsed");
    out.printf(Locale.ROOT, ROW, "-".repeat(32), "-".repeat(12), "-".repeat(10), "-".repeat(10));
    for (DemoStep step : steps) {
      out.printf(Locale.ROOT, ROW, step.label(), number(step.roundTrips()),
          number(step.commands()), millis(step.elapsed().toNanos()));
    }
    out.println();
    for (int i = 0; i + 1 < steps.size(); i += 2) {
      DemoStep alone = steps.get(i);
      DemoStep shared = steps.get(i + 1);
      double speedup = alone.elapsed().toNanos() / (double) Math.max(1, shared.elapsed().toNanos());
      out.printf(Locale.ROOT, "%s: %s instead of %s, %.1fx faster%n",
          shared.label(), trips(shared.roundTrips()), trips(alone.roundTrips()), speedup);
    }
  }

  private static String trips(long value) {
    return number(value) + (value == 1 ? " round trip" : " round trips");
  }

  private static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String millis(long nanos) {
    return String.format(Locale.ROOT, "%,.1f ms", nanos / 1_000_000.0);
  }
}

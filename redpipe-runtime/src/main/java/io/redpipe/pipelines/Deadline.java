package io.redpipe.pipelines;

import java.time.Duration;

/**
 * When a root execute must end: borrowing, connecting, writing and reading of every batch share
 * it. Started when the execute starts (for {@code executeAsync}, when its task starts running).
 */
final class Deadline {
  private final long end;
  private final Duration timeout;

  private Deadline(long end, Duration timeout) {
    this.end = end;
    this.timeout = timeout;
  }

  static Deadline after(Duration timeout) {
    long nanos;
    try {
      nanos = timeout.toNanos();
    } catch (ArithmeticException e) {
      nanos = Long.MAX_VALUE / 2;
    }
    return new Deadline(System.nanoTime() + Math.min(nanos, Long.MAX_VALUE / 2), timeout);
  }

  /** The end, in {@link System#nanoTime()} terms. */
  long endNanos() {
    return end;
  }

  /** What is left, zero once passed. */
  Duration remaining() {
    long left = end - System.nanoTime();
    return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
  }

  long remainingNanos() {
    return Math.max(0, end - System.nanoTime());
  }

  boolean passed() {
    return end - System.nanoTime() <= 0;
  }

  /** E.g. {@code the execute timeout of 10000 ms}. */
  String describe() {
    return "the execute timeout of " + timeout.toMillis() + " ms";
  }
}

package io.redpipe.testkit;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Bounded polling: checks a condition every few milliseconds until it holds or time runs out. */
final class Polling {
  private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(25);

  private Polling() {}

  /**
   * Waits until {@code check} returns {@code null} (meaning "done"); any other value describes
   * what is still missing and ends up in the exception when {@code timeout} passes.
   *
   * @throws IllegalStateException naming {@code what} and the last unmet state on timeout
   */
  static void await(String what, Duration timeout, Supplier<String> check) {
    long deadline = System.nanoTime() + timeout.toNanos();
    String missing;
    RuntimeException failure = null;
    while (true) {
      try {
        missing = check.get();
        failure = null;
      } catch (RuntimeException e) {
        missing = e.toString();
        failure = e;
      }
      if (missing == null) {
        return;
      }
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        break;
      }
      LockSupport.parkNanos(Math.min(PAUSE_NANOS, left));
      if (Thread.currentThread().isInterrupted()) {
        throw new IllegalStateException("interrupted while waiting for " + what);
      }
    }
    throw new IllegalStateException("gave up waiting " + timeout.toMillis() + " ms for " + what
        + "; still: " + missing, failure);
  }
}

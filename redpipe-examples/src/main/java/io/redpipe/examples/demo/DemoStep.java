package io.redpipe.examples.demo;

import java.time.Duration;
import java.util.Objects;

/**
 * One measured step of the demo.
 *
 * @param label what the step did, e.g. {@code "create, one at a time"}
 * @param roundTrips requests the client sent, counted at its sockets
 * @param commands commands the server processed (INFO {@code total_commands_processed} delta)
 * @param elapsed wall-clock time of the step
 */
public record DemoStep(String label, long roundTrips, long commands, Duration elapsed) {
  /** Checks the values. */
  public DemoStep {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(elapsed, "elapsed");
  }
}

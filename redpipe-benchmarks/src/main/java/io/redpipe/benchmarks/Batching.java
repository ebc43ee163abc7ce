package io.redpipe.benchmarks;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** How the 100 keys of workload 1 are split: one batch of 100 or 10 batches of 10. */
@State(Scope.Benchmark)
public class Batching {
  /** Number of round trips (batches) per operation. */
  @Param({"1", "10"})
  public int batches;

  /** Keys per batch. */
  int keysPerBatch() {
    return Workload.KEYS / batches;
  }
}

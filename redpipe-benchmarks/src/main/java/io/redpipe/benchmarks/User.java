package io.redpipe.benchmarks;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;

/** The user hashes of workload 2; the processor writes {@code UserKeyspace}. */
@Keyspace("u")
public interface User {
  /** TEXT. */
  @Field String name();

  /** TEXT. */
  @Field String email();

  /** INTEGER. */
  @Field long age();

  /** FLOAT. */
  @Field double score();

  /** BOOLEAN. */
  @Field boolean active();
}

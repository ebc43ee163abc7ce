package io.redpipe.benchmarks;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/**
 * The user hashes of workload 2; the processor writes {@code UserKeyspace} (typed hash commands)
 * and {@code UserStruct} (a dict-like copy of one hash, loaded with {@code UserStruct.load}).
 */
@Keyspace("u")
@Struct
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

package io.redpipe.benchmarks;

import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** The visit counters of workload 3 ({@code VisitsKeyspace}). */
@Keyspace(value = "visits", type = KeyspaceType.STRING, valueType = FieldType.INTEGER)
public interface Visits {}

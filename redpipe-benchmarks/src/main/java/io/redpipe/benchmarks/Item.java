package io.redpipe.benchmarks;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** The text values of workloads 1 and 4 on the default connection ({@code ItemKeyspace}). */
@Keyspace(value = "k", type = KeyspaceType.STRING)
public interface Item {}

package io.redpipe.benchmarks;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** The text values of workload 4 on the second server's connection ({@code ItemOnBKeyspace}). */
@Keyspace(value = "k", type = KeyspaceType.STRING, connection = RedPipeConnections.B)
public interface ItemOnB {}

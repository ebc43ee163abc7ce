package io.redpipe.examples.annotated;

import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Job queues: lists {@code jobs{<queue>}} of job numbers. */
@Keyspace(value = "jobs", type = KeyspaceType.LIST, valueType = FieldType.INTEGER)
public interface Queue {}

package io.redpipe.examples.annotated;

import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Counters: integer strings {@code counter{<name>}}. */
@Keyspace(value = "counter", type = KeyspaceType.STRING, valueType = FieldType.INTEGER)
public interface Counters {}

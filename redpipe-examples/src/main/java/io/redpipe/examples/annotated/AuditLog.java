package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Audit entries per user: lists {@code audit{<user>}} on the connection named {@code audit}. */
@Keyspace(value = "audit", type = KeyspaceType.LIST, connection = "audit")
public interface AuditLog {}

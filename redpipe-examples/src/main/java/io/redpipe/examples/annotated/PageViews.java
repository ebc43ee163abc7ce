package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Distinct visitors of a page: HyperLogLogs {@code pageviews{<page>}}. */
@Keyspace(value = "pageviews", type = KeyspaceType.HYPERLOGLOG)
public interface PageViews {}

/**
 * What each root execute did, for metrics, tracing and logs: {@link
 * io.redpipe.observability.ExecuteListener}s registered on a context receive an {@link
 * io.redpipe.observability.ExecuteEvent} per execute, with a {@link
 * io.redpipe.observability.BatchEvent} per round trip. The {@code redpipe-micrometer} and
 * {@code redpipe-opentelemetry} modules build on it.
 */
package io.redpipe.observability;

/**
 * Observability: a context with Micrometer metrics and OpenTelemetry tracing, and what an
 * execute records there.
 */
package io.redpipe.examples.observability;

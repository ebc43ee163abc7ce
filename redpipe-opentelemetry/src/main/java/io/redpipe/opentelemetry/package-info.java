/**
 * OpenTelemetry spans for RedPipe executes: register a {@link
 * io.redpipe.opentelemetry.RedPipeTracing} on a context.
 */
package io.redpipe.opentelemetry;

/**
 * Micrometer meters for RedPipe executes: register a {@link io.redpipe.micrometer.RedPipeMetrics}
 * on a context and bind it to a {@code MeterRegistry}.
 */
package io.redpipe.micrometer;

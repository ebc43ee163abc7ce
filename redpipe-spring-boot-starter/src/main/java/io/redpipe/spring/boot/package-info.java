/**
 * Spring Boot auto-configuration of RedPipe: a {@link io.redpipe.RedPipeContext} bean from the
 * {@code spring.data.redis.*} and {@code redpipe.*} properties
 * ({@link io.redpipe.spring.boot.RedPipeAutoConfiguration}), a health indicator
 * ({@link io.redpipe.spring.boot.RedPipeHealthIndicator}) and Micrometer meters
 * ({@link io.redpipe.spring.boot.RedPipeMetricsAutoConfiguration}).
 */
package io.redpipe.spring.boot;

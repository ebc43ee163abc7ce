package io.redpipe.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import io.redpipe.micrometer.RedPipeMetrics;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * RedPipe's Micrometer meters ({@code redpipe-micrometer}'s {@link RedPipeMetrics}) when that
 * module is on the class path and the application has a {@link MeterRegistry} (e.g. through
 * {@code spring-boot-starter-actuator}). The bean is a {@code MeterBinder}, which Spring Boot
 * binds to its registries, and an {@code ExecuteListener}, which the auto-configured context
 * registers; a context bean of the application's own must add it itself
 * ({@code RedPipeContext.builder().listener(metrics)}).
 */
@AutoConfiguration(before = RedPipeAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure"
        + ".CompositeMeterRegistryAutoConfiguration"})
@ConditionalOnClass({RedPipeMetrics.class, MeterRegistry.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "redpipe.metrics.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RedPipeProperties.class)
public class RedPipeMetricsAutoConfiguration {

  /** Created by Spring. */
  public RedPipeMetricsAutoConfiguration() {}

  /**
   * The meters.
   *
   * @param properties {@code redpipe.metrics.*}
   * @return the meters, unbound until Spring Boot binds them to its registry
   */
  @Bean
  @ConditionalOnMissingBean
  public RedPipeMetrics redPipeMetrics(RedPipeProperties properties) {
    return RedPipeMetrics.builder().serverTag(properties.getMetrics().isServerTag()).build();
  }
}

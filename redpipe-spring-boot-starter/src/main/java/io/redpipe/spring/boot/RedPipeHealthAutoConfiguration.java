package io.redpipe.spring.boot;

import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code redpipe} health indicator (with Spring Boot's health support on the class path,
 * e.g. {@code spring-boot-starter-actuator}), for the application's context bean or the
 * auto-configured one; {@code management.health.redpipe.enabled=false} switches it off.
 */
@AutoConfiguration(after = RedPipeAutoConfiguration.class)
@ConditionalOnClass({HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class})
@ConditionalOnBean(RedPipeContext.class)
@EnableConfigurationProperties(RedPipeProperties.class)
public class RedPipeHealthAutoConfiguration {

  /** Created by Spring. */
  public RedPipeHealthAutoConfiguration() {}

  /**
   * The indicator's bean, in a class of its own: its condition's class is looked at only when
   * Spring Boot's health support is on the class path.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnEnabledHealthIndicator("redpipe")
  public static class Indicator {

    /** Created by Spring. */
    public Indicator() {}

    /**
     * The indicator; its bean name makes it the {@code redpipe} component of the health endpoint.
     *
     * @param context the context to check
     * @param properties {@code redpipe.health.*} and the connection names
     * @return the indicator
     */
    @Bean
    @ConditionalOnMissingBean(name = "redpipeHealthIndicator")
    public RedPipeHealthIndicator redpipeHealthIndicator(RedPipeContext context,
        RedPipeProperties properties) {
      List<String> names = new ArrayList<>(properties.getHealth().getConnections());
      if (names.isEmpty()) {
        names.add(RedPipe.DEFAULT);
        names.addAll(properties.getConnections().keySet());
      }
      return new RedPipeHealthIndicator(context, names, properties.getHealth().getTimeout());
    }
  }
}

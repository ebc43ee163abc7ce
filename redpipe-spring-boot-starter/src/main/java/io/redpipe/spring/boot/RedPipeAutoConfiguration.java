package io.redpipe.spring.boot;

import io.redpipe.RedPipeContext;
import io.redpipe.observability.ExecuteListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import redis.clients.jedis.UnifiedJedis;

/**
 * A {@link RedPipeContext} bean connected to the server of {@code spring.data.redis.*} (the
 * default connection) and to the {@code redpipe.connections.*}, with every
 * {@link ExecuteListener} bean as a listener. It backs off when the application defines a
 * {@code RedPipeContext} bean of its own, and is switched off by {@code redpipe.enabled=false}.
 * Spring closes the context and then the clients on shutdown.
 *
 * <p>Connecting does no I/O for single servers: the first execute opens the first connection,
 * so the application starts while Redis is down (the health indicator shows it). Sentinel and
 * cluster clients ask their servers for the topology when they are made.
 */
@AutoConfiguration
@ConditionalOnClass({RedPipeContext.class, UnifiedJedis.class})
@ConditionalOnBooleanProperty(name = "redpipe.enabled", matchIfMissing = true)
@EnableConfigurationProperties(RedPipeProperties.class)
public class RedPipeAutoConfiguration {

  /** Created by Spring. */
  public RedPipeAutoConfiguration() {}

  /**
   * The Jedis clients made from the properties.
   *
   * @param environment the environment, for {@code spring.data.redis.*}
   * @param properties the {@code redpipe.*} properties
   * @param sslBundles the SSL bundles, for {@code spring.data.redis.ssl.bundle}
   * @return the clients, closed by Spring on shutdown
   * @throws IncompatibleJedisException when the class path has a Jedis older than 8
   * @throws org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException
   *     naming the property when a property has a bad value
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean({RedPipeContext.class, RedPipeClients.class})
  public RedPipeClients redPipeClients(Environment environment, RedPipeProperties properties,
      ObjectProvider<SslBundles> sslBundles) {
    IncompatibleJedisException.check(IncompatibleJedisException.versionOnClassPath());
    return new JedisClientFactory(DataRedisSettings.from(environment), properties,
        sslBundles.getIfAvailable()).create();
  }

  /**
   * The context, connected to every client of {@code clients}.
   *
   * @param properties the {@code redpipe.*} properties
   * @param clients the clients to connect
   * @param listeners the {@link ExecuteListener} beans, e.g. the Micrometer meters
   * @return the context, closed by Spring on shutdown
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean(RedPipeContext.class)
  public RedPipeContext redPipeContext(RedPipeProperties properties, RedPipeClients clients,
      ObjectProvider<ExecuteListener> listeners) {
    RedPipeContext.Builder builder = RedPipeContext.builder().name(properties.getName())
        .executeTimeout(properties.getExecuteTimeout()).threads(properties.isThreads());
    listeners.orderedStream().forEach(builder::listener);
    RedPipeContext context = builder.build();
    try {
      clients.clients().forEach((name, client) -> context.connect(name, client,
          clients.isTransaction(name), properties.getProtocol()));
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
    return context;
  }
}

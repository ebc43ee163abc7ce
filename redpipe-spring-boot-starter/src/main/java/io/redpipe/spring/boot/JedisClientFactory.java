package io.redpipe.spring.boot;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLSocketFactory;
import org.springframework.boot.ssl.SslBundles;
import redis.clients.jedis.ConnectionPoolConfig;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisSentinelClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.builders.ClusterClientBuilder;

/** Makes the Jedis clients of {@link RedPipeClients} from the properties. */
final class JedisClientFactory {
  private final DataRedisSettings redis;
  private final RedPipeProperties properties;
  private final SslBundles sslBundles;

  JedisClientFactory(DataRedisSettings redis, RedPipeProperties properties,
      SslBundles sslBundles) {
    this.redis = redis;
    this.properties = properties;
    this.sslBundles = sslBundles;
  }

  /** Validates everything first, then makes the clients (closing them all on a failure). */
  RedPipeClients create() {
    Map<String, RedisTarget> targets = targets(redis, properties);
    Set<String> transactional = new LinkedHashSet<>();
    if (properties.isConnectDefault() && properties.isTransaction()) {
      transactional.add("");
    }
    properties.getConnections().forEach((name, connection) -> {
      if (connection.isTransaction()) {
        transactional.add(name);
      }
    });
    SSLSocketFactory sslFactory = sslFactory();
    Map<String, UnifiedJedis> clients = new LinkedHashMap<>();
    try {
      targets.forEach((name, target) -> clients.put(name, client(target, sslFactory)));
    } catch (RuntimeException e) {
      new RedPipeClients(clients, Set.of()).close();
      throw e;
    }
    return new RedPipeClients(clients, transactional);
  }

  /** What each connection reaches, validated; {@code ""} is the default connection. */
  static Map<String, RedisTarget> targets(DataRedisSettings redis,
      RedPipeProperties properties) {
    Map<String, RedisTarget> targets = new LinkedHashMap<>();
    RedisTarget shared = properties.isConnectDefault() ? RedisTarget.of(redis) : null;
    if (shared != null) {
      if (properties.isTransaction() && shared.kind() == RedisTarget.Kind.CLUSTER) {
        throw InvalidRedisProperty.of("redpipe.transaction", true, "MULTI/EXEC runs on one"
            + " node, and spring.data.redis.cluster.nodes makes the default connection a Redis"
            + " Cluster");
      }
      targets.put("", shared);
    }
    properties.getConnections().forEach((name, connection) -> {
      if (name.isBlank() || name.equals("default")) {
        throw InvalidRedisProperty.of("redpipe.connections", name, "a named connection needs a"
            + " name other than '' and 'default': the default connection comes from"
            + " spring.data.redis.* (redpipe.transaction sets its MULTI/EXEC)");
      }
      targets.put(name, RedisTarget.of(name, connection, shared));
    });
    if (properties.getExecuteTimeout() == null || properties.getExecuteTimeout().isZero()
        || properties.getExecuteTimeout().isNegative()) {
      throw InvalidRedisProperty.of("redpipe.execute-timeout", properties.getExecuteTimeout(),
          "expected a positive duration, e.g. 2s or 500ms");
    }
    Duration health = properties.getHealth().getTimeout();
    if (health == null || health.isZero() || health.isNegative()) {
      throw InvalidRedisProperty.of("redpipe.health.timeout", health,
          "expected a positive duration, e.g. 2s or 500ms");
    }
    if (properties.getName() == null || properties.getName().isBlank()) {
      throw InvalidRedisProperty.of("redpipe.name", properties.getName(),
          "expected a non-blank context name");
    }
    return targets;
  }

  private SSLSocketFactory sslFactory() {
    String bundle = redis.sslBundle();
    if (bundle == null) {
      return null;
    }
    if (sslBundles == null) {
      throw InvalidRedisProperty.of("spring.data.redis.ssl.bundle", bundle,
          "no SslBundles bean: configure the bundle under spring.ssl.bundle.*");
    }
    return sslBundles.getBundle(bundle).createSslContext().getSocketFactory();
  }

  private UnifiedJedis client(RedisTarget target, SSLSocketFactory sslFactory) {
    DefaultJedisClientConfig config = config(target.username(), target.password(),
        target.database(), target.ssl(), sslFactory);
    ConnectionPoolConfig pool = pool();
    switch (target.kind()) {
      case CLUSTER: {
        ClusterClientBuilder<RedisClusterClient> builder = RedisClusterClient.builder()
            .nodes(target.nodes()).clientConfig(config).poolConfig(pool);
        if (redis.cluster().maxRedirects() != null) {
          builder.maxAttempts(positive("spring.data.redis.cluster.max-redirects",
              redis.cluster().maxRedirects()));
        }
        return builder.build();
      }
      case SENTINEL: {
        DataRedisSettings.Sentinel sentinel = redis.sentinel();
        DefaultJedisClientConfig sentinelConfig = config(sentinel.username(),
            sentinel.password(), 0, target.ssl(), sslFactory);
        return RedisSentinelClient.builder().masterName(target.masterName())
            .sentinels(target.nodes()).clientConfig(config).sentinelClientConfig(sentinelConfig)
            .poolConfig(pool).build();
      }
      default:
        return RedisClient.builder().hostAndPort(target.first()).clientConfig(config)
            .poolConfig(pool).build();
    }
  }

  private DefaultJedisClientConfig config(String username, String password, int database,
      boolean ssl, SSLSocketFactory sslFactory) {
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder()
        .protocol(properties.getProtocol()).database(database).ssl(ssl);
    if (username != null && !username.isEmpty()) {
      config.user(username);
    }
    if (password != null && !password.isEmpty()) {
      config.password(password);
    }
    if (ssl && sslFactory != null) {
      config.sslSocketFactory(sslFactory);
    }
    if (redis.timeout() != null) {
      config.socketTimeoutMillis(millis("spring.data.redis.timeout", redis.timeout()));
    }
    if (redis.connectTimeout() != null) {
      config.connectionTimeoutMillis(
          millis("spring.data.redis.connect-timeout", redis.connectTimeout()));
    }
    if (redis.clientName() != null && !redis.clientName().isBlank()) {
      config.clientName(redis.clientName());
    }
    return config.build();
  }

  private ConnectionPoolConfig pool() {
    ConnectionPoolConfig config = new ConnectionPoolConfig();
    DataRedisSettings.Pool pool = redis.pool();
    if (pool == null) {
      return config;
    }
    String prefix = "spring.data.redis.jedis.pool.";
    if (pool.maxActive() != null) {
      config.setMaxTotal(positive(prefix + "max-active", pool.maxActive()));
    }
    if (pool.maxIdle() != null) {
      config.setMaxIdle(positive(prefix + "max-idle", pool.maxIdle()));
    }
    if (pool.minIdle() != null) {
      if (pool.minIdle() < 0) {
        throw InvalidRedisProperty.of(prefix + "min-idle", pool.minIdle(), "expected 0 or more");
      }
      config.setMinIdle(pool.minIdle());
    }
    if (pool.maxWait() != null) {
      config.setMaxWait(pool.maxWait());
    }
    return config;
  }

  private static int positive(String property, int value) {
    if (value < 1) {
      throw InvalidRedisProperty.of(property, value, "expected 1 or more");
    }
    return value;
  }

  private static int millis(String property, Duration duration) {
    if (duration.isNegative() || duration.toMillis() > Integer.MAX_VALUE) {
      throw InvalidRedisProperty.of(property, duration,
          "expected a duration from 0 to " + Integer.MAX_VALUE + " ms");
    }
    return (int) duration.toMillis();
  }
}

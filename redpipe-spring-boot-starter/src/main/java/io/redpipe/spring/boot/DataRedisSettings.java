package io.redpipe.spring.boot;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Spring Boot's {@code spring.data.redis.*} properties, read with the environment's binder (so
 * no Spring Data Redis is needed on the class path). Every component is {@code null} when unset.
 */
record DataRedisSettings(String url, String host, Integer port, String username,
    String password, Integer database, Duration timeout, Duration connectTimeout,
    String clientName, Ssl ssl, Sentinel sentinel, Cluster cluster, Jedis jedis) {

  static final String PREFIX = "spring.data.redis";

  record Ssl(Boolean enabled, String bundle) {}

  record Sentinel(String master, List<String> nodes, String username, String password) {}

  record Cluster(List<String> nodes, Integer maxRedirects) {}

  record Jedis(Pool pool) {}

  record Pool(Boolean enabled, Integer maxIdle, Integer minIdle, Integer maxActive,
      Duration maxWait) {}

  static DataRedisSettings from(Environment environment) {
    return Binder.get(environment).bind(PREFIX, DataRedisSettings.class)
        .orElseGet(() -> new DataRedisSettings(null, null, null, null, null, null, null, null,
            null, null, null, null, null));
  }

  boolean sslEnabled() {
    return ssl != null && (Boolean.TRUE.equals(ssl.enabled()) || ssl.bundle() != null);
  }

  String sslBundle() {
    return ssl == null ? null : ssl.bundle();
  }

  boolean isCluster() {
    return cluster != null && cluster.nodes() != null && !cluster.nodes().isEmpty();
  }

  boolean isSentinel() {
    return sentinel != null && sentinel.master() != null && !sentinel.master().isBlank();
  }

  Pool pool() {
    return jedis == null ? null : jedis.pool();
  }
}

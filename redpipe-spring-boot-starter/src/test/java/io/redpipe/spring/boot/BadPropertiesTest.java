package io.redpipe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.HostAndPort;

/**
 * Bad properties fail the start-up with the property's name and what was expected, never with
 * a password; nothing here reaches a server.
 */
class BadPropertiesTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RedPipeAutoConfiguration.class));

  private void assertFails(String property, String expected, String... properties) {
    runner.withPropertyValues(properties).run(app -> {
      assertThat(app).hasFailed();
      Throwable failure = app.getStartupFailure();
      while (failure != null && !(failure instanceof InvalidConfigurationPropertyValueException)) {
        failure = failure.getCause();
      }
      assertThat(failure).as("cause of %s", app.getStartupFailure()).isNotNull();
      InvalidConfigurationPropertyValueException invalid =
          (InvalidConfigurationPropertyValueException) failure;
      assertThat(invalid.getName()).isEqualTo(property);
      assertThat(invalid.getReason()).contains(expected);
      assertThat(invalid.getMessage()).doesNotContain("s3cret");
    });
  }

  @Test
  void aUrlWithAnotherSchemeNamesThePropertyAndHidesThePassword() {
    assertFails("spring.data.redis.url", "expected redis://",
        "spring.data.redis.url=http://user:s3cret@localhost:6379");
    runner.withPropertyValues("spring.data.redis.url=http://user:s3cret@localhost:6379")
        .run(app -> assertThat(app.getStartupFailure()).rootCause().message()
            .contains("user:****@localhost").doesNotContain("s3cret"));
  }

  @Test
  void aUrlWithoutHostOrWithABadDatabase() {
    assertFails("spring.data.redis.url", "no host", "spring.data.redis.url=redis://:s3cret@/0");
    assertFails("spring.data.redis.url", "the database 'x' is not a number",
        "spring.data.redis.url=redis://:s3cret@localhost:6379/x");
    assertFails("redpipe.connections.a.url", "the scheme is 'localhost'",
        "redpipe.connections.a.url=localhost:6379");
  }

  @Test
  void portsDatabasesAndNodes() {
    assertFails("spring.data.redis.port", "from 1 to 65535", "spring.data.redis.port=70000");
    assertFails("spring.data.redis.database", "0 or more", "spring.data.redis.database=-1");
    assertFails("redpipe.connections.b.port", "from 1 to 65535",
        "redpipe.connections.b.host=localhost", "redpipe.connections.b.port=0");
    assertFails("spring.data.redis.cluster.nodes", "bad: [nohost]",
        "spring.data.redis.cluster.nodes=localhost:7000,nohost");
    assertFails("spring.data.redis.sentinel.nodes", "expected the sentinels",
        "spring.data.redis.sentinel.master=mymaster");
    assertFails("spring.data.redis.jedis.pool.max-active", "1 or more",
        "spring.data.redis.jedis.pool.max-active=0");
  }

  @Test
  void conflictingSettings() {
    assertFails("spring.data.redis.cluster.nodes", "not both",
        "spring.data.redis.cluster.nodes=localhost:7000",
        "spring.data.redis.sentinel.master=m", "spring.data.redis.sentinel.nodes=localhost:26379");
    assertFails("spring.data.redis.database", "database 0 only",
        "spring.data.redis.cluster.nodes=localhost:7000", "spring.data.redis.database=1");
    assertFails("redpipe.transaction", "MULTI/EXEC runs on one node",
        "spring.data.redis.cluster.nodes=localhost:7000", "redpipe.transaction=true");
    assertFails("redpipe.connections.c.transaction", "MULTI/EXEC runs on one node",
        "spring.data.redis.cluster.nodes=localhost:7000",
        "redpipe.connections.c.transaction=true");
    assertFails("redpipe.connections.d.host", "either as a URL or as host and port",
        "redpipe.connections.d.host=localhost", "redpipe.connections.d.url=redis://localhost");
    assertFails("redpipe.connections.e.port", "a port needs redpipe.connections.e.host",
        "redpipe.connections.e.port=6380");
    assertFails("redpipe.connections.f.url", "redpipe.connect-default is false",
        "redpipe.connect-default=false", "redpipe.connections.f.database=1");
    assertFails("redpipe.connections", "other than '' and 'default'",
        "redpipe.connections.default.database=1");
  }

  @Test
  void durationsAndNames() {
    assertFails("redpipe.execute-timeout", "positive duration", "redpipe.execute-timeout=0s");
    assertFails("redpipe.health.timeout", "positive duration", "redpipe.health.timeout=-1s");
    assertFails("redpipe.name", "non-blank", "redpipe.name= ");
  }

  @Test
  void aDurationThatDoesNotParseIsReportedBySpringBootWithTheProperty() {
    runner.withPropertyValues("redpipe.execute-timeout=soon").run(app ->
        assertThat(app.getStartupFailure()).hasStackTraceContaining("redpipe.execute-timeout"));
  }

  @Test
  void whatTheUrlsAndNodesMean() {
    RedisTarget tls = RedisTarget.fromUrl("p", "rediss://alice:pw@cache.example:6380/4");
    assertThat(tls.ssl()).isTrue();
    assertThat(tls.username()).isEqualTo("alice");
    assertThat(tls.password()).isEqualTo("pw");
    assertThat(tls.database()).isEqualTo(4);
    assertThat(tls.first()).isEqualTo(new HostAndPort("cache.example", 6380));
    assertThat(tls.toString()).doesNotContain("pw@").contains("(password set)");
    RedisTarget passwordOnly = RedisTarget.fromUrl("p", "redis://pw@h");
    assertThat(passwordOnly.username()).isNull();
    assertThat(passwordOnly.password()).isEqualTo("pw");
    assertThat(passwordOnly.first().getPort()).isEqualTo(6379);
    assertThat(RedisTarget.nodes("p", java.util.List.of("a:1", " b:2 ")))
        .isEqualTo(Set.of(new HostAndPort("a", 1), new HostAndPort("b", 2)));
    assertThat(InvalidRedisProperty.masked("redis://s3cret@h:1")).isEqualTo("redis://****@h:1");
  }
}

package io.redpipe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.micrometer.RedPipeMetrics;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/** Every condition and property of the auto-configuration, against a real Redis. */
@RedisTest
class RedPipeAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RedPipeAutoConfiguration.class,
          RedPipeHealthAutoConfiguration.class, RedPipeMetricsAutoConfiguration.class));
  private RedisServer server;

  @BeforeEach
  void setUp(RedisServer server) {
    this.server = server;
    shared = server;
  }

  private String url() {
    return "spring.data.redis.url=" + server.uri();
  }

  private String host() {
    return "spring.data.redis.host=" + server.host();
  }

  private String port() {
    return "spring.data.redis.port=" + server.port();
  }

  private static String roundTrip(RedPipeContext context, String connection, String key) {
    try (Pipeline pipe = context.pipeline(connection)) {
      pipe.set(key, "v-" + key);
      Future<String> value = pipe.get(key);
      pipe.execute();
      return value.get();
    }
  }

  @Test
  void aContextConnectedToSpringDataRedisUrl() {
    runner.withPropertyValues(url()).run(app -> {
      assertThat(app).hasSingleBean(RedPipeContext.class).hasSingleBean(RedPipeClients.class);
      RedPipeContext context = app.getBean(RedPipeContext.class);
      assertThat(roundTrip(context, "", "acr:url")).isEqualTo("v-acr:url");
      assertThat(context.name()).isEqualTo("spring");
      assertThat(context.executeTimeout()).isEqualTo(Duration.ofSeconds(10));
      assertThat(context.threadsEnabled()).isTrue();
      assertThat(context.connection("").transaction()).isFalse();
      assertThat(context.connection("").protocol()).isEqualTo(RedisProtocol.RESP3);
    });
  }

  @Test
  void hostPortAndDatabase() {
    runner.withPropertyValues(host(), port(), "spring.data.redis.database=3").run(app -> {
      roundTrip(app.getBean(RedPipeContext.class), "", "acr:db3");
      try (RedisClient db3 = RedisClient.builder().hostAndPort(server.hostAndPort())
          .clientConfig(redis.clients.jedis.DefaultJedisClientConfig.builder().database(3)
              .build()).build()) {
        assertThat(db3.get("acr:db3")).isEqualTo("v-acr:db3");
        db3.del("acr:db3");
      }
    });
  }

  @Test
  void theContextProperties() {
    runner.withPropertyValues(url(), "redpipe.name=shop", "redpipe.execute-timeout=1500ms",
        "redpipe.threads=false", "redpipe.transaction=true", "redpipe.protocol=resp2")
        .run(app -> {
          RedPipeContext context = app.getBean(RedPipeContext.class);
          assertThat(context.name()).isEqualTo("shop");
          assertThat(context.executeTimeout()).isEqualTo(Duration.ofMillis(1500));
          assertThat(context.threadsEnabled()).isFalse();
          assertThat(context.connection("").transaction()).isTrue();
          assertThat(context.connection("").protocol()).isEqualTo(RedisProtocol.RESP2);
          assertThat(roundTrip(context, "", "acr:tx")).isEqualTo("v-acr:tx");
        });
  }

  @Test
  void namedConnectionsOnTheSharedServerAndOnTheirOwn() {
    runner.withPropertyValues(url(), "redpipe.connections.stats.database=1",
        "redpipe.connections.orders.transaction=true",
        "redpipe.connections.own.host=" + server.host(),
        "redpipe.connections.own.port=" + server.port(),
        "redpipe.connections.own.database=2",
        "redpipe.connections.byurl.url=" + server.uri()).run(app -> {
          RedPipeContext context = app.getBean(RedPipeContext.class);
          assertThat(app.getBean(RedPipeClients.class).clients().keySet())
              .containsExactly("", "stats", "orders", "own", "byurl");
          assertThat(context.connection("orders").transaction()).isTrue();
          assertThat(context.connection("stats").transaction()).isFalse();
          for (String name : new String[] {"stats", "orders", "own", "byurl"}) {
            assertThat(roundTrip(context, name, "acr:" + name)).isEqualTo("v-acr:" + name);
          }
          try (RedisClient client = server.newClient()) {
            assertThat(client.get("acr:orders")).isEqualTo("v-acr:orders");
            assertThat(client.get("acr:stats")).isNull();   // database 1
            assertThat(client.get("acr:own")).isNull();     // database 2
          }
        });
  }

  @Test
  void onlyNamedConnectionsWithConnectDefaultFalse() {
    runner.withPropertyValues("redpipe.connect-default=false",
        "redpipe.connections.cache.url=" + server.uri()).run(app -> {
          RedPipeContext context = app.getBean(RedPipeContext.class);
          assertThat(context.connections().find("")).isNull();
          assertThat(roundTrip(context, "cache", "acr:cache")).isEqualTo("v-acr:cache");
        });
  }

  @Test
  void backsOffWhenTheApplicationHasItsOwnContext() {
    runner.withUserConfiguration(OwnContext.class).withPropertyValues(url()).run(app -> {
      assertThat(app).hasSingleBean(RedPipeContext.class).doesNotHaveBean(RedPipeClients.class);
      assertThat(app.getBean(RedPipeContext.class).name()).isEqualTo("own");
      assertThat(app).hasSingleBean(RedPipeHealthIndicator.class);
    });
  }

  @Test
  void switchedOffByRedpipeEnabled() {
    runner.withPropertyValues(url(), "redpipe.enabled=false").run(app ->
        assertThat(app).doesNotHaveBean(RedPipeContext.class)
            .doesNotHaveBean(RedPipeHealthIndicator.class));
  }

  @Test
  void backsOffWithoutJedisOrRuntimeOnTheClassPath() {
    runner.withClassLoader(new FilteredClassLoader(UnifiedJedis.class)).withPropertyValues(url())
        .run(app -> assertThat(app).doesNotHaveBean(RedPipeContext.class));
    runner.withClassLoader(new FilteredClassLoader(RedPipeContext.class))
        .withPropertyValues(url())
        .run(app -> assertThat(app).doesNotHaveBean(RedPipeContext.class));
  }

  @Test
  void theContextAndItsClientsAreClosedOnShutdown() {
    RedPipeContext[] context = new RedPipeContext[1];
    UnifiedJedis[] client = new UnifiedJedis[1];
    runner.withPropertyValues(url()).run(app -> {
      context[0] = app.getBean(RedPipeContext.class);
      client[0] = app.getBean(RedPipeClients.class).clients().get("");
      assertThat(context[0].isClosed()).isFalse();
    });
    assertThat(context[0].isClosed()).isTrue();
    assertThat(((RedisClient) client[0]).getPool().isClosed()).isTrue();
  }

  @Test
  void healthIsUpWithOnePingPerConnection() {
    runner.withPropertyValues(url(), "redpipe.connections.stats.database=1").run(app -> {
      Health health = app.getBean(RedPipeHealthIndicator.class).health();
      assertThat(health.getStatus()).isEqualTo(Status.UP);
      assertThat(health.getDetails()).containsEntry("context", "spring");
      @SuppressWarnings("unchecked")
      Map<String, Map<String, Object>> connections =
          (Map<String, Map<String, Object>>) health.getDetails().get("connections");
      assertThat(connections.keySet()).containsExactly("default", "stats");
      assertThat(connections.get("stats")).containsEntry("status", "UP")
          .containsEntry("reply", "PONG");
    });
  }

  @Test
  void healthIsDownWhenAServerIsUnreachableAndNamesIt() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    runner.withPropertyValues(url(), "redpipe.connections.gone.host=127.0.0.1",
        "redpipe.connections.gone.port=" + closedPort, "redpipe.connections.gone.password=s3cret",
        "redpipe.health.timeout=5s").run(app -> {
          Health health = app.getBean(RedPipeHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          @SuppressWarnings("unchecked")
          Map<String, Map<String, Object>> connections =
              (Map<String, Map<String, Object>>) health.getDetails().get("connections");
          assertThat(connections.get("default")).containsEntry("status", "UP");
          assertThat(connections.get("gone")).containsEntry("status", "DOWN");
          assertThat(connections.get("gone").get("error").toString())
              .contains(String.valueOf(closedPort)).doesNotContain("s3cret");
        });
  }

  @Test
  void healthWaitsAtMostItsTimeoutForAStalledServer() {
    try (RedisServer stalled = io.redpipe.testkit.RedisServers.startPrivate()) {
      stalled.pause();
      runner.withPropertyValues("spring.data.redis.url=" + stalled.uri(),
          "redpipe.health.timeout=200ms").run(app -> {
            Health health = app.getBean(RedPipeHealthIndicator.class).health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> connections =
                (Map<String, Map<String, Object>>) health.getDetails().get("connections");
            assertThat(connections.get("default").get("error"))
                .isEqualTo("no reply within 200 ms");
          });
    }
  }

  @Test
  void healthChecksTheNamedConnectionsOfAnOwnContext() {
    runner.withUserConfiguration(OwnContext.class)
        .withPropertyValues("redpipe.health.connections=default,missing").run(app -> {
          Health health = app.getBean(RedPipeHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          @SuppressWarnings("unchecked")
          Map<String, Object> connections = (Map<String, Object>) health.getDetails().get("connections");
          assertThat(connections).containsOnlyKeys(
              "default");
        });
  }

  @Test
  void healthIndicatorSwitchedOffByManagementProperty() {
    runner.withPropertyValues(url(), "management.health.redpipe.enabled=false").run(app ->
        assertThat(app).hasSingleBean(RedPipeContext.class)
            .doesNotHaveBean(RedPipeHealthIndicator.class));
  }

  @Test
  void healthIndicatorBacksOffWithoutBootHealthOnTheClassPath() {
    runner.withClassLoader(new FilteredClassLoader("org.springframework.boot.health")).withPropertyValues(url())
        .run(app -> assertThat(app).hasSingleBean(RedPipeContext.class)
            .doesNotHaveBean(RedPipeHealthIndicator.class));
  }

  @Test
  void metricsAreRecordedInBootsMeterRegistry() {
    runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class))
        .withUserConfiguration(Registry.class)
        .withPropertyValues(url(), "redpipe.metrics.server-tag=true").run(app -> {
          assertThat(app).hasSingleBean(RedPipeMetrics.class);
          roundTrip(app.getBean(RedPipeContext.class), "", "acr:metrics");
          MeterRegistry registry = app.getBean(MeterRegistry.class);
          assertThat(registry.get("redpipe.execute").tags("context", "spring", "outcome",
              "success").timer().count()).isEqualTo(1);
          assertThat(registry.get("redpipe.batch")
              .tags("connection", "default", "server", server.host() + ":" + server.port())
              .timer().count()).isEqualTo(1);
        });
  }

  @Test
  void noMetricsWithoutARegistryOrWhenSwitchedOffOrWithoutTheModule() {
    runner.withPropertyValues(url()).run(app ->
        assertThat(app).doesNotHaveBean(RedPipeMetrics.class));
    runner.withUserConfiguration(Registry.class)
        .withPropertyValues(url(), "redpipe.metrics.enabled=false")
        .run(app -> assertThat(app).doesNotHaveBean(RedPipeMetrics.class));
    runner.withUserConfiguration(Registry.class)
        .withClassLoader(new FilteredClassLoader(RedPipeMetrics.class))
        .withPropertyValues(url())
        .run(app -> assertThat(app).hasSingleBean(RedPipeContext.class)
            .doesNotHaveBean(RedPipeMetrics.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnContext {
    @Bean(destroyMethod = "close")
    RedPipeContext ownContext(RedisServerHolder holder) {
      RedPipeContext context = RedPipeContext.builder().name("own").build();
      context.connect("", holder.client, false, RedisProtocol.RESP3);
      return context;
    }

    @Bean(destroyMethod = "close")
    RedisServerHolder holder() {
      return new RedisServerHolder();
    }
  }

  static final class RedisServerHolder implements AutoCloseable {
    final RedisClient client = RedisClient.create(shared.uri());

    @Override
    public void close() {
      client.close();
    }
  }

  /** The server, for the application's own context bean (set before each test). */
  private static RedisServer shared;

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    SimpleMeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }
}

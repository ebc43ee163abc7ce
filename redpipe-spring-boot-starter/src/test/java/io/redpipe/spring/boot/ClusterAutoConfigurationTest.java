package io.redpipe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import redis.clients.jedis.RedisClusterClient;

/** spring.data.redis.cluster.nodes against a real Redis Cluster: executes and the health check. */
@RedisClusterTest
class ClusterAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(RedPipeAutoConfiguration.class,
          RedPipeHealthAutoConfiguration.class));

  @Test
  void aClusterFromSpringDataRedisClusterNodes(RedisClusterFixture cluster) {
    String nodes = cluster.masters().stream().map(n -> n.getHost() + ":" + n.getPort())
        .collect(Collectors.joining(","));
    runner.withPropertyValues("spring.data.redis.cluster.nodes=" + nodes,
        "spring.data.redis.cluster.max-redirects=3").run(app -> {
          RedPipeContext context = app.getBean(RedPipeContext.class);
          assertThat(app.getBean(RedPipeClients.class).clients().get(""))
              .isInstanceOf(RedisClusterClient.class);
          assertThat(context.connection("").isCluster()).isTrue();
          try (Pipeline pipe = context.pipeline()) {
            for (int i = 0; i < 20; i++) {
              pipe.set("c:" + i, "v" + i);
            }
            Future<String> last = pipe.get("c:19");
            pipe.execute();
            assertThat(last.get()).isEqualTo("v19");
          }
          Health health = app.getBean(RedPipeHealthIndicator.class).health();
          assertThat(health.getStatus()).as(health.toString()).isEqualTo(Status.UP);
          @SuppressWarnings("unchecked")
          Map<String, Map<String, Object>> connections =
              (Map<String, Map<String, Object>>) health.getDetails().get("connections");
          assertThat(connections.get("default")).containsEntry("status", "UP")
              .containsEntry("reply", RedPipeHealthIndicator.CLUSTER_KEY);
        });
  }
}

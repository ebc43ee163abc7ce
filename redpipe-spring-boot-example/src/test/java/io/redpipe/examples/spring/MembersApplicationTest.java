package io.redpipe.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.redpipe.RedPipeContext;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The example application against a real Redis: the service loads many structs in one round
 * trip (the metrics count it), and the health and metrics endpoints answer over HTTP.
 */
@RedisTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MembersApplicationTest {
  private static RedisServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @Autowired MemberDirectory directory;
  @Autowired MeterRegistry registry;
  @Autowired RedPipeContext context;
  @LocalServerPort int port;

  @BeforeAll
  static void redis(RedisServer redis) {
    server = redis;
  }

  @DynamicPropertySource
  static void redisProperties(DynamicPropertyRegistry properties) {
    properties.add("spring.data.redis.url", () -> server.uri().toString());
  }

  private String get(String path) throws Exception {
    HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(
        URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
    return response.body();
  }

  @Test
  void loadsAHundredMembersInOneRoundTrip() {
    directory.register(100);
    List<String> ids = IntStream.rangeClosed(1, 100).mapToObj(String::valueOf).toList();
    DistributionSummary trips = registry.get("redpipe.execute.round.trips")
        .tags("context", "members").summary();
    DistributionSummary commands = registry.get("redpipe.execute.commands")
        .tags("context", "members").summary();
    long executesBefore = trips.count();
    double tripsBefore = trips.totalAmount();
    double commandsBefore = commands.totalAmount();

    List<MemberStruct> members = directory.load(ids);

    assertThat(members).hasSize(100);
    assertThat(members.get(41).name()).isEqualTo("member 42");
    assertThat(trips.count() - executesBefore).isEqualTo(1);
    assertThat(trips.totalAmount() - tripsBefore).isEqualTo(1.0);
    assertThat(commands.totalAmount() - commandsBefore).isEqualTo(100.0);
  }

  @Test
  void theKeyspaceBeanRunsOnTheContextBean() {
    directory.register(3);
    assertThat(directory.visit("2")).isEqualTo(1);
    assertThat(directory.visit("2")).isEqualTo(2);
    assertThat(directory.load(List.of("2")).get(0).visits()).isEqualTo(2L);
    assertThat(context.name()).isEqualTo("members");
  }

  @Test
  void theRestEndpointLoadsMembers() throws Exception {
    directory.register(5);
    String body = get("/members?ids=" + IntStream.rangeClosed(1, 5).mapToObj(String::valueOf)
        .collect(Collectors.joining(",")));
    assertThat(body).contains("\"name\":\"member 1\"").contains("\"name\":\"member 5\"");
  }

  @Test
  void theHealthEndpointShowsRedPipeUp() throws Exception {
    String body = get("/actuator/health");
    assertThat(JsonPath.<String>read(body, "$.components.redpipe.status")).isEqualTo("UP");
    assertThat(JsonPath.<String>read(body, "$.components.redpipe.details.context"))
        .isEqualTo("members");
    assertThat(JsonPath.<String>read(body,
        "$.components.redpipe.details.connections.default.reply")).isEqualTo("PONG");
  }

  @Test
  void theMetricsEndpointShowsTheExecutes() throws Exception {
    directory.load(List.of("1", "2"));
    assertThat(get("/actuator/metrics")).contains("redpipe.execute");
    assertThat(get("/actuator/metrics/redpipe.execute?tag=context:members&tag=outcome:success"))
        .contains("\"name\":\"redpipe.execute\"").contains("\"statistic\":\"COUNT\"");
  }
}

package io.redpipe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Builds a Spring Boot application from the setup snippet of docs/spring-boot.md (Spring Boot's
 * parent, the starter, the processor path) with the packaged artifacts, and runs it against a
 * real Redis: with the documented {@code jedis.version} it works; without it, Spring Boot's
 * dependency management brings Jedis 7 and the application refuses to start, saying what to set.
 */
@RedisTest
class SpringBootConsumerIT {
  private static final String SETUP = "maven-spring-boot-setup";
  private static final String BOM_SETUP = "maven-spring-boot-bom-setup";
  private static final String FILE = "docs/spring-boot.md";

  @Test
  void theSnippetUsesThisBuildsVersions() {
    String snippet = ConsumerProject.snippet(FILE, SETUP);
    assertTrue(snippet.contains("<version>" + System.getProperty("redpipe.it.springBootVersion")
        + "</version>"), snippet);
    assertTrue(snippet.contains("<jedis.version>" + System.getProperty("redpipe.it.jedisVersion")
        + "</jedis.version>"), snippet);
    assertTrue(snippet.contains("<redpipe.version>" + ConsumerProject.VERSION
        + "</redpipe.version>"), snippet);
  }

  @Test
  void withTheDocumentedJedisVersionTheStarterGivesAWorkingContextBean(RedisServer server) {
    buildAndRun(server, "boot", SETUP);
  }

  @Test
  void withBootsBomImportedAndJedisManagedBeforeItTheStarterWorksToo(RedisServer server) {
    String snippet = ConsumerProject.snippet(FILE, BOM_SETUP);
    assertTrue(snippet.contains("<version>" + System.getProperty("redpipe.it.springBootVersion")
        + "</version>"), snippet);
    assertTrue(snippet.indexOf("<artifactId>jedis</artifactId>")
        < snippet.indexOf("<artifactId>spring-boot-dependencies</artifactId>"), snippet);
    buildAndRun(server, "bootbom", BOM_SETUP);
  }

  private static void buildAndRun(RedisServer server, String id, String setup) {
    ConsumerProject boot = ConsumerProject.create(id, "boot",
        ConsumerProject.snippet(FILE, setup));
    ConsumerProject.Result result = boot.maven(Jdks.current(),
        Map.of("REDIS_URL", server.uri().toString(), "VISITOR_PREFIX", id), "test");
    assertTrue(result.succeeded(), result.output());
    assertTrue(result.output().contains("boot consumer ok with Jedis"), result.output());
    assertTrue(result.output().contains("jedis-" + System.getProperty("redpipe.it.jedisVersion")
        + ".jar"), result.output());
    try (RedisClient client = server.newClient()) {
      assertEquals(Map.of("name", "visitor " + id + "-2", "visits", "1"),
          client.hgetAll("V{" + id + "-2}"));
    }
  }

  @Test
  void withSpringBootsJedisTheApplicationRefusesToStartAndSaysWhatToSet(RedisServer server) {
    String snippet = ConsumerProject.snippet(FILE, SETUP)
        .replaceAll("(?s)\\s*<!--[^>]*-->\\s*<jedis.version>.*?</jedis.version>", "");
    assertFalse(snippet.contains("jedis.version"), snippet);
    ConsumerProject boot = ConsumerProject.create("boot-jedis7", "boot", snippet);
    ConsumerProject.Result result = boot.maven(Jdks.current(),
        Map.of("REDIS_URL", server.uri().toString(), "VISITOR_PREFIX", "jedis7"), "test");
    assertFalse(result.succeeded(), result.output());
    assertTrue(result.output().contains("APPLICATION FAILED TO START"), result.output());
    assertTrue(result.output().contains(
        "RedPipe needs Jedis 8, but the class path has Jedis 7.0.0."), result.output());
    assertTrue(result.output().contains("set the property jedis.version to 8.0.2"),
        result.output());
    try (RedisClient client = server.newClient()) {
      assertFalse(client.exists("V{jedis7-1}"), "the application wrote to Redis");
    }
  }
}

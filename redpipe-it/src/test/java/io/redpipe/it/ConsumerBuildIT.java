package io.redpipe.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Builds consumer projects from the documented Maven setup (README.md and docs/annotations.md)
 * with the packaged artifacts and runs their tests against a real Redis: on the JDK of this
 * build, on a JDK 23 or newer when one is installed (where javac no longer runs processors found
 * on the class path), and as a modular application.
 */
@RedisTest
class ConsumerBuildIT {
  private static final String SETUP = "maven-setup";
  private static final String BOM_SETUP = "maven-bom-setup";

  @Test
  void theReadmeAndTheAnnotationsGuideShowTheSameSetup() {
    ConsumerProject.assertSameSnippet(SETUP, "README.md", "docs/annotations.md");
    String snippet = ConsumerProject.snippet("README.md", SETUP);
    assertTrue(snippet.contains("<redpipe.version>" + ConsumerProject.VERSION + "</redpipe.version>"),
        "the documented version is not " + ConsumerProject.VERSION + ":\n" + snippet);
    assertTrue(ConsumerProject.snippet("docs/annotations.md", BOM_SETUP)
        .contains("<version>" + ConsumerProject.VERSION + "</version>"));
  }

  @Test
  void theDocumentedSetupBuildsAndRunsOnThisJdk(RedisServer server) {
    buildAndRunShop(server, Jdks.current(), "this-jdk");
  }

  @Test
  void theDocumentedSetupBuildsAndRunsOnJdk23OrNewer(RedisServer server) {
    Path jdk = newJdk();
    buildAndRunShop(server, jdk, "new-jdk");
  }

  /** Why the documentation insists on the processor path: the pitfall it warns about is real. */
  @Test
  void onJdk23OrNewerAProcessorOnTheClassPathGeneratesNothing() {
    Path jdk = newJdk();
    String snippet = ConsumerProject.snippet("README.md", SETUP)
        .replaceAll("(?s)<configuration>.*?</configuration>", "");
    ConsumerProject shop = ConsumerProject.create("shop-processor-on-class-path", "shop", snippet,
        "<dependency><groupId>io.redpipe</groupId><artifactId>redpipe-processor</artifactId>"
            + "<version>" + ConsumerProject.VERSION + "</version><scope>provided</scope>"
            + "</dependency>");
    ConsumerProject.Result result = shop.maven(jdk, Map.of(), "compile");
    assertFalse(result.succeeded(), result.output());
    assertTrue(result.output().contains("cannot find symbol"), result.output());
    assertTrue(result.output().contains("CustomerStruct"), result.output());
  }

  @Test
  void aModularApplicationWithTheBomUsesTheRuntimeAndTheGeneratedClasses(RedisServer server) {
    ConsumerProject inventory = ConsumerProject.create("inventory-modular", "inventory",
        ConsumerProject.snippet("docs/annotations.md", BOM_SETUP));
    ConsumerProject.Result result = inventory.maven(Jdks.current(),
        Map.of("REDIS_URL", server.uri().toString(), "ITEM_ID", "modular"), "test");
    assertTrue(result.succeeded(), result.output());
    assertTrue(result.output().contains("modular ok: com.example.inventory uses io.redpipe.runtime"
        + " and com.example.inventory"), result.output());
    try (RedisClient client = server.newClient()) {
      assertEquals(Map.of("title", "Lamp", "stock", "5"), client.hgetAll("item{modular}"));
    }
  }

  private static void buildAndRunShop(RedisServer server, Path jdk, String id) {
    ConsumerProject shop = ConsumerProject.create("shop-" + id, "shop",
        ConsumerProject.snippet("README.md", SETUP));
    ConsumerProject.Result result = shop.maven(jdk,
        Map.of("REDIS_URL", server.uri().toString(), "CUSTOMER_ID", id), "test");
    assertTrue(result.succeeded(), result.output());
    assertTrue(result.output().contains("consumer ok on Java " + Jdks.featureVersion(jdk)),
        result.output());
    try (RedisClient client = server.newClient()) {
      assertEquals(Map.of("name", "Ada", "visits", "1"), client.hgetAll("customer{" + id + "}"));
    }
    assertOnlyRuntimeDependencies(result.output());
  }

  /**
   * What a user of redpipe-runtime gets on the class path besides their own JUnit: the runtime,
   * the annotations and Jedis with its dependencies (Gson with its error-prone annotations,
   * commons-pool2, SLF4J API, org.json, redis-authx); none of the build's test libraries.
   */
  private static void assertOnlyRuntimeDependencies(String output) {
    String line = output.lines().filter(l -> l.startsWith("consumer classpath: ")).findFirst()
        .orElseThrow(() -> new AssertionError("no classpath printed:\n" + output));
    List<String> unexpected = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (String entry : line.substring("consumer classpath: ".length()).split(java.io.File.pathSeparator)) {
      String path = entry.replace('\\', '/');
      if (path.endsWith("/target/classes") || path.endsWith("/target/test-classes")
          || path.contains("/org/junit/") || path.contains("/org/opentest4j/")
          || path.contains("/org/apiguardian/")) {
        continue;
      }
      String jar = path.substring(path.lastIndexOf('/') + 1);
      found.add(jar);
      boolean allowed = path.contains("/io/redpipe/redpipe-runtime/")
          || path.contains("/io/redpipe/redpipe-annotations/")
          || path.contains("/redis/clients/")
          || path.contains("/com/google/code/gson/")
          || path.contains("/com/google/errorprone/error_prone_annotations/")
          || path.contains("/org/apache/commons/commons-pool2/")
          || path.contains("/org/slf4j/slf4j-api/")
          || path.contains("/org/json/json/");
      if (!allowed) {
        unexpected.add(jar);
      }
    }
    assertEquals(List.of(), unexpected, "the consumer's class path has more than the runtime: " + found);
    assertTrue(found.stream().anyMatch(j -> j.startsWith("redpipe-runtime-")), found.toString());
    assertTrue(found.stream().anyMatch(j -> j.startsWith("jedis-")), found.toString());
  }

  private static Path newJdk() {
    Optional<Path> jdk = Jdks.atLeast(23);
    Assumptions.assumeTrue(jdk.isPresent(),
        "no JDK 23 or newer installed (set REDPIPE_NEW_JDK to one): the consumer build on a JDK"
            + " that no longer runs class-path processors is skipped");
    return jdk.get();
  }
}

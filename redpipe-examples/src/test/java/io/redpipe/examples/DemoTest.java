package io.redpipe.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.redpipe.examples.demo.DemoOptions;
import io.redpipe.examples.demo.DemoStep;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import io.redpipe.testkit.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

@RedisTest
class DemoTest {
  private static final Pattern ROW =
      Pattern.compile("(?m)^(create|load), (one at a time|one shared pipeline) +([\\d,]+) +([\\d,]+) +");

  @Test
  void printsRoundTripsAndCommandsOfEachStep(RedisServer server) {
    String out = run(server, new DemoOptions(25, 0));
    Matcher rows = ROW.matcher(out);
    StringBuilder table = new StringBuilder();
    while (rows.find()) {
      table.append(rows.group(1)).append('/').append(rows.group(2)).append('=')
          .append(rows.group(3)).append('/').append(rows.group(4)).append(';');
    }
    // create: HSET + HGETALL per user; alone one round trip per user, shared one in all.
    assertEquals("create/one at a time=25/50;create/one shared pipeline=1/50;"
        + "load/one at a time=25/25;load/one shared pipeline=1/25;", table.toString(), out);
    assertTrue(out.contains("last user loaded: User25 <user25@example.com>, age 45, admin false"),
        out);
  }

  @Test
  void throughTheLatencyProxyTheCountsStayTheSame(RedisServer server) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<DemoStep> steps = Demo.run(server, new DemoOptions(5, 1),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(List.of(5L, 1L, 5L, 1L), steps.stream().map(DemoStep::roundTrips).toList());
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("adding 1 ms per round trip"));
  }

  /** REDIS_URL with a password holding '@': the demo authenticates and never prints it. */
  @Test
  void aPasswordWithAnAtSignWorksAndIsNeverShown() {
    try (RedisServer own = RedisServers.startPrivate()) {
      assumeTrue(own.isAtLeast("6.0"), "ACL users need Redis 6.0; " + own + " is older");
      try (Jedis admin = new Jedis(own.hostAndPort())) {
        admin.aclSetUser("demo-app", "on", ">top@secret", "~*", "&*", "+@all");
      }
      String url = "redis://demo-app:top@secret@127.0.0.1:" + own.port();
      try (RedisServer viaUrl = RedisServers.fromUrl(url)) {
        String out = run(viaUrl, new DemoOptions(3, 0));
        assertTrue(out.contains("redis://demo-app:***@127.0.0.1:" + own.port()), out);
        assertFalse(out.contains("secret"), out);
        assertTrue(out.contains("last user loaded: User3"), out);
      }
    }
  }

  @Test
  void parsesOptionsAndNamesBadOnes() {
    assertEquals(new DemoOptions(10, 0.5), DemoOptions.parse("--users", "10", "--latency-ms", "0.5"));
    assertEquals(DemoOptions.DEFAULT, DemoOptions.parse());
    IllegalArgumentException unknown =
        assertThrows(IllegalArgumentException.class, () -> DemoOptions.parse("--fast"));
    assertTrue(unknown.getMessage().contains("'--fast'"), unknown.getMessage());
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> DemoOptions.parse("--latency-ms", "x"));
    assertTrue(bad.getMessage().contains("--latency-ms is 'x'"), bad.getMessage());
  }

  private static String run(RedisServer server, DemoOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(server, options, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8);
  }
}

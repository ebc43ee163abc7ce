package io.redpipe.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

@RedisTest
class DemoTest {
  @Test
  void runsAgainstARealServer(RedisServer server) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Demo.run(server, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(out.contains("[1, 1, 1, 1, 1]"), out);
  }
}

package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

class CommandSurfaceIsCurrentTest {
  @Test
  void committedCommandSurfaceMatchesJedis() throws IOException {
    Path committed = Paths.get("src/main/java/io/redpipe/pipelines/PipelineCommands.java");
    String expected = CommandSurfaceGenerator.generate();
    assertEquals(expected, Files.readString(committed),
        "PipelineCommands.java is out of date: run CommandSurfaceGenerator");
  }

  @Test
  void keepsJedisParameterNames() {
    String source = CommandSurfaceGenerator.generate();
    assertTrue(source.contains("public final Future<byte[]> hget(byte[] key, byte[] field)"),
        "expected real parameter names in the generated surface");
    assertTrue(source.contains("public final Future<Long> incr(String key)"));
  }
}

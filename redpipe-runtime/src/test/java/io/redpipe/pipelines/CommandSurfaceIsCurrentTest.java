package io.redpipe.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Javadoc's doclint wants a @param per (type) parameter and a @return on every command. */
  @Test
  void documentsEveryParameterAndTheResult() {
    String source = CommandSurfaceGenerator.generate();
    Pattern command = Pattern.compile(
        "/\\*\\*(.*?)\\*/\\s*(?:@Deprecated\\s*)?public final (?:<([^>]+)> )?[^(]*? (\\w+)\\(([^)]*)\\)",
        Pattern.DOTALL);
    Matcher matcher = command.matcher(source);
    List<String> undocumented = new ArrayList<>();
    int commands = 0;
    while (matcher.find()) {
      commands++;
      String doc = matcher.group(1);
      List<String> wanted = new ArrayList<>();
      if (matcher.group(2) != null) {
        for (String variable : matcher.group(2).split(",")) {
          wanted.add("<" + variable.trim().split(" ")[0] + ">");
        }
      }
      wanted.addAll(parameterNames(matcher.group(4)));
      for (String name : wanted) {
        if (!doc.contains("@param " + name + " ")) {
          undocumented.add(matcher.group(3) + ": @param " + name);
        }
      }
      if (!doc.contains("@return ")) {
        undocumented.add(matcher.group(3) + ": @return");
      }
    }
    assertTrue(commands > 500, "expected the whole command surface, found " + commands);
    assertEquals(List.of(), undocumented);
  }

  /** The names of a parameter list such as {@code Map<String, String> hash, long ttl}. */
  private static List<String> parameterNames(String parameters) {
    List<String> names = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : (parameters + ",").toCharArray()) {
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      }
      if (c == ',' && depth == 0) {
        String parameter = current.toString().trim();
        if (!parameter.isEmpty()) {
          names.add(parameter.substring(parameter.lastIndexOf(' ') + 1));
        }
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    return names;
  }
}

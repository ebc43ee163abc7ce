package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

class GeneratedSourceTest {
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new RedPipeProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  @Test
  void dump() throws IOException {
    Compilation c = compile(
        JavaFileObjects.forSourceLines(
            "test.User",
            "package test;",
            "import io.redpipe.annotations.*;",
            "import java.util.List;",
            "import java.util.Map;",
            "@Keyspace(\"U\")",
            "public interface User {",
            "  @Field String name();",
            "  @Field(type = FieldType.INTEGER, name = \"last_seen\") Long lastSeen();",
            "  @Field int age();",
            "  @Field Float score();",
            "  @Field boolean admin();",
            "  @Field List<?> things();",
            "  @Field(codec = test.Upper.class) String shout();",
            "}"),
        JavaFileObjects.forSourceLines(
            "test.Upper",
            "package test;",
            "public final class Upper implements io.redpipe.codecs.FieldCodec<String> {",
            "  public byte[] encode(String v) { return v.getBytes(java.nio.charset.StandardCharsets.UTF_8); }",
            "  public String decode(byte[] b) { return new String(b, java.nio.charset.StandardCharsets.UTF_8); }",
            "  public Class<?> javaType() { return String.class; }",
            "  public String typeName() { return \"UPPER\"; }",
            "}"),
        JavaFileObjects.forSourceLines(
            "test.Outer",
            "package test;",
            "import io.redpipe.annotations.*;",
            "public class Outer {",
            "@Keyspace(value = \"F\", type = KeyspaceType.HASHED_STRING, valueType = FieldType.INTEGER)",
            "public interface Followers {}",
            "}"));
    System.out.println(c.diagnostics());
    for (JavaFileObject f : c.generatedSourceFiles()) {
      System.out.println(f.getCharContent(true));
    }
    assertThat(c).succeededWithoutWarnings();
  }
}

package io.redpipe.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A type that does not exist yet inside a type argument, an array or a wildcard is waited for
 * like a top-level one: another processor may generate it in a later round.
 */
class DeferredTypeArgumentTest {
  /** Writes {@code test.Thing} in its first round, as another processor would. */
  private static CodecGenerator thingGenerator() {
    return new CodecGenerator("test.Thing", "package test;\npublic final class Thing {}\n");
  }

  @Test
  void waitsForATypeArgumentGeneratedInALaterRound() {
    JavaFileObject codec =
        JavaFileObjects.forSourceLines(
            "test.ThingsCodec",
            "package test;",
            "import io.redpipe.codecs.FieldCodec;",
            "import java.util.List;",
            "public final class ThingsCodec implements FieldCodec<List<Thing>> {",
            "  @Override public byte[] encode(List<Thing> value) { return new byte[0]; }",
            "  @Override public List<Thing> decode(byte[] bytes) { return null; }",
            "  @Override public Class<?> javaType() { return List.class; }",
            "}");
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(thingGenerator(), new RedPipeProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(
                codec,
                Sources.source(
                    "Box",
                    "@Keyspace(\"B\")",
                    "public interface Box {",
                    "  @Field(codec = ThingsCodec.class) List<Thing> things();",
                    "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.BoxKeyspace")
        .contentsAsUtf8String()
        .contains("public Future<List<Thing>> getThings(String id)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"List<Missing>", "Missing[]", "Map<String, List<Missing>>",
      "List<? extends Missing>"})
  void aTypeArgumentThatNeverAppearsIsReportedAsMissingNotAsUnmapped(String returnType) {
    JavaFileObject never =
        JavaFileObjects.forSourceLines(
            "test.Never",
            "package test;",
            "import io.redpipe.annotations.*;",
            "import java.util.*;",
            "@Keyspace(\"N\")",
            "public interface Never {",
            "  @Field " + returnType + " things();",
            "}");
    Compilation compilation = compile(never);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "@Keyspace interface test.Never refers to a type that does not exist; fix the missing"
                + " type, then the keyspace class will be generated")
        .inFile(never)
        .onLineContaining("public interface Never");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      assertThat(error.getMessage(null)).doesNotContain("has no default field type");
    }
  }
}

package io.redpipe.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.KeyspaceErrorsTest.assertError;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

/** Rules on the methods of a @Keyspace interface: message, file and line of each error. */
class FieldErrorsTest {
  private static void assertFieldError(String message, String method) {
    assertError(message, method, "@Keyspace(\"B\")", "interface Bad {", "  " + method, "}");
  }

  @Test
  void fieldWithParameters() {
    assertFieldError(
        "@Field method Bad.name() has parameters; a field is read by a method without"
            + " parameters, remove them",
        "@Field String name(int index);");
  }

  @Test
  void voidField() {
    assertFieldError(
        "@Field method Bad.name() returns void; declare the field's Java type as the return"
            + " type, e.g. `String name()`",
        "@Field void name();");
  }

  @Test
  void defaultField() {
    assertFieldError(
        "@Field method Bad.name() is a default method; a field must be abstract, remove the body",
        "@Field default String name() { return \"\"; }");
  }

  @Test
  void staticField() {
    assertFieldError(
        "@Field method Bad.name() is static; a field must be an abstract instance method",
        "@Field static String name() { return \"\"; }");
  }

  @Test
  void genericField() {
    assertFieldError(
        "@Field method Bad.name() has type parameters; a field cannot be generic",
        "@Field <T> String name();");
  }

  @Test
  void abstractMethodWithoutField() {
    assertFieldError(
        "abstract method Bad.name() of a @Keyspace interface has no @Field; annotate it with"
            + " @Field, give it a default body, or remove it",
        "String name();");
  }

  /** The error underlines the declared type, which here has a line of its own. */
  @Test
  void declaredTypeDoesNotFit() {
    assertError(
        "@Field(type = INTEGER) does not fit the return type java.lang.String of Bad.name();"
            + " INTEGER needs Long, long, Integer, int, Short or short, so change the return type"
            + " or the field type",
        "type = FieldType.INTEGER)",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field(",
        "      type = FieldType.INTEGER)",
        "  String name();",
        "}");
  }

  /** Errors of a method without a value to blame underline its {@code @Field}. */
  @Test
  void fieldErrorsUnderlineTheAnnotation() {
    assertError(
        "@Field method Bad.name() has parameters",
        "@Field",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field",
        "  String name(int index);",
        "}");
  }

  @Test
  void explicitAutoWithoutDefaultMappingUnderlinesTheType() {
    assertError(
        "return type java.time.Instant of Bad.created() has no default field type",
        "type = FieldType.AUTO)",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field(",
        "      type = FieldType.AUTO)",
        "  java.time.Instant created();",
        "}");
  }

  @Test
  void listTypeDoesNotFitAListOfStrings() {
    assertFieldError(
        "@Field(type = LIST) does not fit the return type java.util.List<java.lang.String>",
        "@Field(type = FieldType.LIST) List<String> tags();");
  }

  @Test
  void autoWithoutDefaultMapping() {
    assertFieldError(
        "return type java.time.Instant of Bad.created() has no default field type; give"
            + " @Field(type = ...) or @Field(codec = ...) for it",
        "@Field java.time.Instant created();");
  }

  @Test
  void duplicateStoredName() {
    assertError(
        "@Field method Bad.lastSeen() stores member \"seen\", like Bad.seen(); stored names must be"
            + " unique",
        "name = \"seen\")",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field String seen();",
        "  @Field(",
        "      name = \"seen\")",
        "  Long lastSeen();",
        "}");
  }

  @Test
  void duplicateGeneratedConstant() {
    assertError(
        "@Field method Bad.prefix() needs the generated constant PREFIX, which the generated"
            + " class already uses; rename the method",
        "prefix();",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field String prefix();",
        "}");
  }

  @Test
  void typeAndCodec() {
    JavaFileObject bad =
        source(
            "Bad",
            "@Keyspace(\"B\")",
            "interface Bad {",
            "  @Field(type = FieldType.TEXT, codec = Upper.class) String name();",
            "}");
    Compilation compilation = compile(bad, Sources.codec("Upper", "String", "public Upper() {}"));
    assertThat(compilation)
        .hadErrorContaining("@Field on Bad.name() gives both type and codec")
        .inFile(bad)
        .onLineContaining("type = FieldType.TEXT");
  }

  @Test
  void codecThatIsNotAFieldCodec() {
    assertFieldError(
        "codec java.lang.StringBuilder of Bad.name() does not implement"
            + " io.redpipe.codecs.FieldCodec; implement FieldCodec<T> for the method's return type",
        "@Field(codec = StringBuilder.class) String name();");
  }

  @Test
  void codecWithoutPublicNoArgumentConstructor() {
    JavaFileObject bad =
        source(
            "Bad",
            "@Keyspace(\"B\")",
            "interface Bad {",
            "  @Field(codec = Upper.class) String name();",
            "}");
    Compilation compilation =
        compile(bad, Sources.codec("Upper", "String", "public Upper(int radix) {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "codec test.Upper of Bad.name() has no public no-argument constructor; the generated"
                + " code creates it with `new Upper()`")
        .inFile(bad)
        .onLineContaining("codec = Upper.class");
  }

  @Test
  void codecOfAnotherType() {
    JavaFileObject bad =
        source(
            "Bad",
            "@Keyspace(\"B\")",
            "interface Bad {",
            "  @Field(",
            "      codec = Upper.class)",
            "  Long count();",
            "}");
    Compilation compilation = compile(bad, Sources.codec("Upper", "String", "public Upper() {}"));
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "codec test.Upper of Bad.count() stores java.lang.String, but the method returns"
                + " java.lang.Long; make the codec a FieldCodec<java.lang.Long>")
        .inFile(bad)
        .onLineContaining("codec = Upper.class");
  }

  @Test
  void everyErrorOfOneInterfaceInOneCompileAndOthersStillGenerate(@TempDir Path output)
      throws IOException {
    JavaFileObject bad =
        source(
            "Bad",
            "@Keyspace(\"B{\")",
            "interface Bad {",
            "  @Field(type = FieldType.BOOLEAN) String flag();",
            "  @Field void nothing();",
            "  String plain();",
            "}");
    JavaFileObject good = source("Good", "@Keyspace(\"G\")", "interface Good { @Field String name(); }");
    Compilation compilation = compile(bad, good);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("contains { or }").inFile(bad).onLineContaining("B{");
    assertThat(compilation)
        .hadErrorContaining("@Field(type = BOOLEAN) does not fit")
        .inFile(bad)
        .onLineContaining("flag()");
    assertThat(compilation).hadErrorContaining("returns void").inFile(bad).onLineContaining("nothing()");
    assertThat(compilation).hadErrorContaining("has no @Field").inFile(bad).onLineContaining("plain()");
    // javac stops after a round with errors, so look at what the processor wrote to disk.
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, d -> {}, List.of("-proc:only"), null, List.of(bad, good));
      task.setProcessors(List.of(new RedPipeProcessor()));
      assertThat(task.call()).isFalse();
    }
    assertThat(Files.exists(output.resolve("test/GoodKeyspace.java"))).isTrue();
    assertThat(Files.exists(output.resolve("test/BadKeyspace.java"))).isFalse();
  }
}

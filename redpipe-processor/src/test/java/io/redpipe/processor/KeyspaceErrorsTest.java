package io.redpipe.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Rules on the @Keyspace type and its attributes: message, file and line of each error. */
class KeyspaceErrorsTest {
  /** Compiles {@code test.Bad} and asserts one error with {@code message} on {@code line}. */
  static void assertError(String message, String line, String... lines) {
    JavaFileObject bad = source("Bad", lines);
    TypeRecorder recorder = new TypeRecorder();
    Compilation compilation = compile(recorder, bad);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining(message).inFile(bad).onLineContaining(line);
    assertThat(recorder.types).containsExactly("test.Bad");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "class Bad {}                  | a class",
        "enum Bad { ONE }              | an enum",
        "record Bad(String name) {}    | a record",
        "@interface Bad {}             | an annotation type",
      })
  void keyspaceOnlyOnInterfaces(String declaration, String kind) {
    assertError(
        "@Keyspace is only allowed on interfaces, but test.Bad is " + kind
            + "; declare it as `interface Bad`",
        "@Keyspace(\"B\")",
        "@Keyspace(\"B\")",
        declaration);
  }

  /** The prefix errors underline the prefix itself, which here has a line of its own. */
  @Test
  void blankPrefix() {
    assertError(
        "@Keyspace prefix of test.Bad is blank; give a non-blank prefix such as @Keyspace(\"U\")"
            + " (keys are <prefix>{<id>}; RedPipe keyspaces have no un-prefixed form, so send"
            + " commands on keys used verbatim through the pipeline itself)",
        "value = \" \")",
        "@Keyspace(",
        "    value = \" \")",
        "interface Bad {}");
  }

  @ParameterizedTest
  @CsvSource({"U{", "U}", "{U}"})
  void braceInPrefix(String prefix) {
    assertError(
        "@Keyspace prefix \"" + prefix + "\" of test.Bad contains { or }",
        "\"" + prefix + "\")",
        "@Keyspace(",
        "    \"" + prefix + "\")",
        "interface Bad {}");
  }

  @Test
  void genericInterface() {
    assertError(
        "@Keyspace interface test.Bad has type parameters; keyspace interfaces cannot be generic",
        "@Keyspace(\"B\")",
        "@Keyspace(\"B\")",
        "interface Bad<T> {}");
  }

  @Test
  void privateInterface() {
    assertError(
        "@Keyspace interface test.Bad.Inner is private",
        "@Keyspace(\"B\")",
        "class Bad {",
        "  @Keyspace(\"B\")",
        "  private interface Inner {}",
        "}");
  }

  @Test
  void valueTypeOnHash() {
    assertError(
        "valueType is not allowed on the HASH keyspace test.Bad; hash members are typed by @Field"
            + " methods, remove valueType",
        "valueType = FieldType.INTEGER",
        "@Keyspace(",
        "    value = \"B\",",
        "    valueType = FieldType.INTEGER)",
        "interface Bad {}");
  }

  @Test
  void shardCountOnAnotherKind() {
    assertError(
        "shardCount is only allowed on HASHED_STRING keyspaces, but test.Bad is SET; remove"
            + " shardCount",
        "shardCount = 8",
        "@Keyspace(",
        "    value = \"B\", type = KeyspaceType.SET,",
        "    shardCount = 8)",
        "interface Bad {}");
  }

  @ParameterizedTest
  @CsvSource({"0", "-3"})
  void shardCountBelowOne(int shardCount) {
    assertError(
        "shardCount of test.Bad is " + shardCount + ", but it must be at least 1",
        "shardCount = " + shardCount,
        "@Keyspace(",
        "    value = \"B\", type = KeyspaceType.HASHED_STRING,",
        "    shardCount = " + shardCount + ")",
        "interface Bad {}");
  }

  @Test
  void structOnAnotherKind() {
    assertError(
        "@Struct is only allowed on HASH keyspaces, but test.Bad is LIST",
        "@Struct",
        "@Keyspace(value = \"B\", type = KeyspaceType.LIST)",
        "@Struct",
        "interface Bad {}");
  }

  @Test
  void fieldOnAnotherKind() {
    assertError(
        "@Field method Bad.name() is only allowed on HASH keyspaces, but this keyspace is"
            + " SORTED_SET",
        "@Field String name();",
        "@Keyspace(value = \"B\", type = KeyspaceType.SORTED_SET)",
        "interface Bad {",
        "  @Field String name();",
        "}");
  }

  @Test
  void sharedPrefixWarnsOnBothKeyspaces() {
    JavaFileObject users = source("Users", "@Keyspace(\"U\")", "interface Users {}");
    JavaFileObject people =
        source("People", "@Keyspace(value = \"U\", type = KeyspaceType.SET)", "interface People {}");
    JavaFileObject other =
        source("Other", "@Keyspace(value = \"U\", connection = \"other\")", "interface Other {}");
    Compilation compilation = Sources.compileAllowingWarnings(users, people, other);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining(
            "@Keyspace test.People uses prefix \"U\" on the default connection like test.Users;"
                + " their keys collide")
        .inFile(people)
        .onLineContaining("@Keyspace");
    assertThat(compilation)
        .hadWarningContaining(
            "@Keyspace test.Users uses prefix \"U\" on the default connection like test.People")
        .inFile(users)
        .onLineContaining("@Keyspace");
  }
}

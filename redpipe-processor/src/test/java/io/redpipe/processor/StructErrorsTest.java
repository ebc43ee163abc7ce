package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.KeyspaceErrorsTest.assertError;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules of @Struct interfaces: message, file and line of each error. */
class StructErrorsTest {
  @Test
  void structWithoutKeyspace() {
    JavaFileObject bad = source("Bad", "@Struct", "interface Bad {}");
    Compilation compilation = compile(bad);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Struct on test.Bad has no @Keyspace; a struct is stored in the hashes of a HASH"
                + " keyspace, so add @Keyspace(\"<prefix>\") to it")
        .inFile(bad)
        .onLineContaining("@Struct");
  }

  @Test
  void blankKeyName() {
    assertError(
        "@Struct keyName of test.Bad is blank; give a non-blank keyName",
        "@Struct(keyName = \" \")",
        "@Keyspace(\"B\")",
        "@Struct(keyName = \" \")",
        "interface Bad { @Field String name(); }");
  }

  @Test
  void keyNameEqualToAMethodName() {
    assertError(
        "@Struct keyName \"name\" of test.Bad is also the stored name of Bad.name(); the key is"
            + " never stored in the hash",
        "@Struct(keyName = \"name\")",
        "@Keyspace(\"B\")",
        "@Struct(keyName = \"name\")",
        "interface Bad {",
        "  @Field String name();",
        "}");
  }

  @Test
  void keyNameEqualToAStoredName() {
    assertError(
        "@Struct keyName \"user_id\" of test.Bad is also the stored name of Bad.userId()",
        "@Struct(keyName = \"user_id\")",
        "@Keyspace(\"B\")",
        "@Struct(keyName = \"user_id\")",
        "interface Bad {",
        "  @Field(name = \"user_id\") String userId();",
        "}");
  }

  @Test
  void negativeTtl() {
    assertError(
        "@Struct ttl of test.Bad is -5, but it must be 0 (no expiry) or a positive number of"
            + " seconds",
        "@Struct(ttl = -5)",
        "@Keyspace(\"B\")",
        "@Struct(ttl = -5)",
        "interface Bad { @Field String name(); }");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "key", "redisKey", "size", "update", "load", "copy", "schema", "asMap", "keySet",
        "isPersisted", "clear", "iterator", "pop", "incr", "decr", "changes", "hashCode"
      })
  void fieldNamedLikeAStructMethod(String name) {
    assertError(
        "method Bad." + name + "() of @Struct interface test.Bad has the name of a method of the"
            + " generated struct class (AbstractStruct, Object or Iterable); rename the method,"
            + " keeping the stored name with @Field(name = \"" + name + "\") if needed",
        "String " + name + "();",
        "@Keyspace(\"B\") @Struct",
        "interface Bad {",
        "  @Field String " + name + "();",
        "}");
  }

  @Test
  void defaultMethodNamedLikeAStructMethod() {
    assertError(
        "method Bad.get() of @Struct interface test.Bad has the name of a method of the generated"
            + " struct class",
        "default String get()",
        "@Keyspace(\"B\") @Struct",
        "interface Bad {",
        "  @Field String name();",
        "  default String get() { return name(); }",
        "}");
  }

  @Test
  void reservedNamesAreFineWithoutStruct() {
    Compilation compilation =
        compile(
            source(
                "Fine", "@Keyspace(\"F\")", "interface Fine { @Field Long size(); }"));
    assertThat(compilation)
        .succeededWithoutWarnings();
  }

  @Test
  void fieldWhoseConstantIsKeyName() {
    assertError(
        "@Field method Bad.keyName() needs the generated constant KEY_NAME, which the generated"
            + " struct class already uses; rename the method",
        "String keyName();",
        "@Keyspace(\"B\") @Struct",
        "interface Bad {",
        "  @Field String keyName();",
        "}");
  }

  @Test
  void requiredWithoutStruct() {
    assertError(
        "@Field(required = true) on Bad.name() has no effect because test.Bad is not a @Struct;"
            + " add @Struct to the interface or remove required",
        "@Field(required = true)",
        "@Keyspace(\"B\")",
        "interface Bad {",
        "  @Field(required = true) String name();",
        "}");
  }
}

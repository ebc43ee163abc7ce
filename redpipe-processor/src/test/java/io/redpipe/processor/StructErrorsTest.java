package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.KeyspaceErrorsTest.assertError;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

  @Test
  void listedWithoutNames() {
    assertError(
        "@Struct(defaultFields = LISTED) of test.Bad names no fields; list the stored names of the"
            + " fields a default load reads, e.g. defaultFieldNames = {\"name\"}, or choose ALL or"
            + " DEFINED",
        "defaultFields = DefaultFields.LISTED)",
        "@Keyspace(\"B\")",
        "@Struct(",
        "    defaultFields = DefaultFields.LISTED)",
        "interface Bad { @Field String name(); }");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "defaultFields = DefaultFields.DEFINED, "})
  void namesWithoutListed(String defaultFields) {
    assertError(
        "@Struct defaultFieldNames of test.Bad are only read with defaultFields ="
            + " DefaultFields.LISTED, but defaultFields is "
            + (defaultFields.isEmpty() ? "ALL" : "DEFINED") + "; add defaultFields ="
            + " DefaultFields.LISTED, or remove defaultFieldNames",
        "defaultFieldNames = {\"name\"})",
        "@Keyspace(\"B\")",
        "@Struct(" + defaultFields,
        "    defaultFieldNames = {\"name\"})",
        "interface Bad { @Field String name(); }");
  }

  /** Each name is checked on its own line, so the error underlines the offending name. */
  @Test
  void aDefaultFieldNameThatNoFieldStores() {
    assertError(
        "@Struct defaultFieldNames of test.Bad names \"nick\", which no @Field method of Bad"
            + " stores; defaultFieldNames takes the stored names of declared fields (name,"
            + " last_seen), so declare it, e.g. @Field String nick(); (TEXT stores exactly what"
            + " an undeclared member holds)",
        "\"nick\"})",
        "@Keyspace(\"B\")",
        "@Struct(defaultFields = DefaultFields.LISTED, defaultFieldNames = {",
        "    \"name\",",
        "    \"nick\"})",
        "interface Bad {",
        "  @Field String name();",
        "  @Field(name = \"last_seen\") Long lastSeen();",
        "}");
  }

  /** A Python member named like a Java keyword: the message shows how to declare it. */
  @ParameterizedTest
  @CsvSource({"class, classValue", "boolean, booleanValue", "last-seen, lastSeen", "2fa, member2fa"})
  void anUndeclaredDefaultFieldNameThatIsNoJavaName(String member, String method) {
    assertError(
        "@Struct defaultFieldNames of test.Bad names \"" + member + "\", which no @Field method"
            + " of Bad stores; defaultFieldNames takes the stored names of declared fields"
            + " (name), so declare it, e.g. @Field(name = \"" + member + "\") String " + method
            + "(); (TEXT stores exactly what an undeclared member holds)",
        "\"" + member + "\"})",
        "@Keyspace(\"B\")",
        "@Struct(defaultFields = DefaultFields.LISTED,",
        "    defaultFieldNames = {\"" + member + "\"})",
        "interface Bad { @Field String name(); }");
  }

  @Test
  void aDefaultFieldNameThatIsAMethodName() {
    assertError(
        "@Struct defaultFieldNames of test.Bad names \"lastSeen\", but Bad.lastSeen() stores its"
            + " member as \"last_seen\"; defaultFieldNames takes stored names, so write"
            + " \"last_seen\"",
        "defaultFieldNames = {\"lastSeen\"})",
        "@Keyspace(\"B\")",
        "@Struct(defaultFields = DefaultFields.LISTED,",
        "    defaultFieldNames = {\"lastSeen\"})",
        "interface Bad { @Field(name = \"last_seen\") Long lastSeen(); }");
  }

  @Test
  void aDefaultFieldNameGivenTwice() {
    assertError(
        "@Struct defaultFieldNames of test.Bad names \"name\" twice; name each field once",
        "\"name\"})",
        "@Keyspace(\"B\")",
        "@Struct(defaultFields = DefaultFields.LISTED, defaultFieldNames = {\"name\",",
        "    \"name\"})",
        "interface Bad { @Field String name(); }");
  }

  @Test
  void theKeyNameAsADefaultFieldName() {
    assertError(
        "@Struct defaultFieldNames of test.Bad names \"user_id\", the keyName; the key is part of"
            + " every struct and never stored in the hash, so remove it",
        "defaultFieldNames = {\"user_id\"})",
        "@Keyspace(\"B\")",
        "@Struct(keyName = \"user_id\", defaultFields = DefaultFields.LISTED,",
        "    defaultFieldNames = {\"user_id\"})",
        "interface Bad { @Field String name(); }");
  }
}

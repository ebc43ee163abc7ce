package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.KeyspaceType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Passing compiles: golden sources for a hash and a sorted-set keyspace, and every kind. */
class GeneratedSourceTest {
  @Test
  void hashKeyspaceMatchesGoldenSource() {
    Compilation compilation =
        compile(
            source(
                "User",
                "@Keyspace(value = \"U\", connection = \"users\")",
                "public interface User {",
                "  @Field String name();",
                "  @Field(type = FieldType.INTEGER, name = \"last_seen\") Long lastSeen();",
                "  @Field int age();",
                "  @Field List<String> tags();",
                "  @Field(codec = Upper.class) String shout();",
                "  default String greeting() { return \"hi \" + name(); }",
                "}"),
            Sources.codec("Upper", "String", "public Upper() {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserKeyspace")
        .hasSourceEquivalentTo(Golden.userKeyspace());
  }

  @Test
  void sortedSetKeyspaceMatchesGoldenSource() {
    Compilation compilation =
        compile(
            source(
                "Followers",
                "@Keyspace(value = \"F\", type = KeyspaceType.SORTED_SET, valueType = FieldType.INTEGER)",
                "public interface Followers {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.FollowersKeyspace")
        .hasSourceEquivalentTo(Golden.followersKeyspace());
  }

  @Test
  void hashedStringKeyspacePassesShardCount() {
    Compilation compilation =
        compile(
            source(
                "Sessions",
                "@Keyspace(value = \"S\", type = KeyspaceType.HASHED_STRING, shardCount = 16)",
                "interface Sessions {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.SessionsKeyspace")
        .contentsAsUtf8String()
        .contains("public static final int SHARD_COUNT = 16;");
  }

  @Test
  void nestedInterfaceIsNamedAfterItsEnclosingTypes() {
    Compilation compilation =
        compile(
            source(
                "Outer",
                "public class Outer {",
                "  @Keyspace(\"U\") public interface User { @Field String name(); }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Outer_UserKeyspace")
        .contentsAsUtf8String()
        .contains("public final class Outer_UserKeyspace extends HashKeyspace");
  }

  @Test
  void everyInferredFieldTypeCompiles() {
    Compilation compilation =
        compile(
            source(
                "Everything",
                "@Keyspace(\"E\")",
                "public interface Everything {",
                "  @Field String text();",
                "  @Field(type = FieldType.ASCII) String ascii();",
                "  @Field byte[] binary();",
                "  @Field Long boxedLong();",
                "  @Field long primitiveLong();",
                "  @Field Integer boxedInt();",
                "  @Field int primitiveInt();",
                "  @Field Short boxedShort();",
                "  @Field short primitiveShort();",
                "  @Field Double boxedDouble();",
                "  @Field double primitiveDouble();",
                "  @Field Float boxedFloat();",
                "  @Field float primitiveFloat();",
                "  @Field Boolean boxedBoolean();",
                "  @Field boolean primitiveBoolean();",
                "  @Field List<String> stringList();",
                "  @Field List<Object> objectList();",
                "  @Field List<?> wildcardList();",
                "  @Field Map<String, Object> objectMap();",
                "  @Field Map<String, ?> wildcardMap();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.EverythingKeyspace")
        .contentsAsUtf8String()
        .contains(".field(WILDCARD_MAP, Codecs.DICT)");
  }

  static Stream<Arguments> nonHashKinds() {
    List<Arguments> arguments = new ArrayList<>();
    for (KeyspaceType kind : KeyspaceType.values()) {
      if (kind == KeyspaceType.HASH) {
        continue;
      }
      for (FieldType valueType : FieldType.values()) {
        arguments.add(Arguments.of(kind, valueType));
      }
    }
    return arguments.stream();
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("nonHashKinds")
  void everyNonHashKindAndValueTypeCompiles(KeyspaceType kind, FieldType valueType) {
    Compilation compilation =
        compile(
            source(
                "Things",
                "@Keyspace(value = \"T\", type = KeyspaceType." + kind
                    + ", valueType = FieldType." + valueType + ")",
                "public interface Things {}"));
    assertThat(compilation).succeededWithoutWarnings();
    String codec = valueType == FieldType.AUTO ? "TEXT" : valueType.name();
    assertThat(compilation)
        .generatedSourceFile("test.ThingsKeyspace")
        .contentsAsUtf8String()
        .contains("KeyspaceSpec.of(PREFIX, \"\", Codecs." + codec + ")");
  }

  @Test
  void structInterfaceStillGetsItsKeyspace() {
    Compilation compilation =
        compile(
            source(
                "Account",
                "@Keyspace(\"A\") @Struct(keyName = \"account_id\", ttl = 60)",
                "public interface Account { @Field(required = true) String owner(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.AccountKeyspace");
  }

  /**
   * javac's doclint on public members: every public generated member has javadoc ("no comment")
   * with a tag for each parameter, return value and thrown exception ("no @param for id", "no
   * @return"), as hand-written code would, and the javadoc is well-formed (doclint reports errors
   * for that).
   */
  @Test
  void everyPublicGeneratedMemberHasJavadoc() {
    List<JavaFileObject> sources = new ArrayList<>();
    sources.add(
        source(
            "Account",
            "/** An account. */",
            "@Keyspace(value = \"A\", connection = \"accounts\")",
            "@Struct(keyName = \"account_id\", ttl = 60, defaultFields = DefaultFields.DEFINED)",
            "public interface Account {",
            "  /** @return the owner */ @Field(required = true) String owner();",
            "  /** @return the balance */ @Field long balance();",
            "  /** @return the rate */ @Field Float rate();",
            "  /** @return the tags */ @Field List<String> tags();",
            "  /** @return the shout */ @Field(codec = Upper.class) String shout();",
            "}"));
    sources.add(
        source(
            "Listed",
            "/** Listed default fields. */",
            "@Keyspace(\"Li\")",
            "@Struct(defaultFields = DefaultFields.LISTED, defaultFieldNames = {\"a\"})",
            "public interface Listed {",
            "  /** @return a */ @Field String a();",
            "  /** @return n */ @Field int n();",
            "}"));
    sources.add(
        JavaFileObjects.forSourceLines(
            "test.Upper",
            "package test;",
            "/** Upper case. */",
            "public final class Upper implements io.redpipe.codecs.FieldCodec<String> {",
            "  /** Creates it. */ public Upper() {}",
            "  @Override public byte[] encode(String value) { return new byte[0]; }",
            "  @Override public String decode(byte[] bytes) { return null; }",
            "  @Override public Class<?> javaType() { return String.class; }",
            "  @Override public String typeName() { return \"Upper\"; }",
            "}"));
    for (KeyspaceType kind : KeyspaceType.values()) {
      if (kind != KeyspaceType.HASH) {
        String name = Names.upperCamel(kind.name().toLowerCase(java.util.Locale.ROOT)) + "s";
        sources.add(
            source(
                name,
                "/** Keys of type " + kind + ". */",
                "@Keyspace(value = \"" + kind + "\", type = KeyspaceType." + kind + ")",
                "public interface " + name + " {}"));
      }
    }
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new RedPipeProcessor())
            .withOptions("-Xlint:all,-processing", "-Xdoclint:all/public")
            .compile(sources);
    assertThat(compilation).succeeded();
    List<String> undocumented = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      String message = warning.getMessage(null);
      if (message.equals("no comment") || message.startsWith("no @")) {
        undocumented.add(
            warning.getSource().getName() + ":" + warning.getLineNumber() + ": " + message);
      }
    }
    com.google.common.truth.Truth.assertThat(undocumented).isEmpty();
    assertThat(compilation).generatedSourceFile("test.AccountStruct");
    assertThat(compilation).generatedSourceFile("test.HashedStringsKeyspace");
  }

  @Test
  void waitsForTypesGeneratedInALaterRound() {
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(new CodecGenerator(), new RedPipeProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(
                source(
                    "Later",
                    "@Keyspace(\"L\")",
                    "public interface Later { @Field(codec = GeneratedCodec.class) String shout(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.LaterKeyspace");
  }

  @Test
  void waitsForASuperinterfaceGeneratedInALaterRound() {
    Compilation compilation =
        com.google.testing.compile.Compiler.javac()
            .withProcessors(
                new CodecGenerator(
                    "test.Named",
                    "package test;\n"
                        + "public interface Named { @io.redpipe.annotations.Field String name(); }\n"),
                new RedPipeProcessor())
            .withOptions("-Xlint:all,-processing", "-Werror")
            .compile(
                source(
                    "Person",
                    "@Keyspace(\"P\")",
                    "public interface Person extends Named { @Field Long age(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.PersonKeyspace")
        .contentsAsUtf8String()
        .contains("public Future<String> getName(String id)");
  }

  @Test
  void reportsTypesThatNeverAppear() {
    JavaFileObject never =
        JavaFileObjects.forSourceLines(
            "test.Never",
            "package test;",
            "import io.redpipe.annotations.*;",
            "@Keyspace(\"N\")",
            "public interface Never { @Field Missing missing(); }");
    Compilation compilation = compile(never);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("Never refers to a type that does not exist")
        .inFile(never)
        .onLineContaining("public interface Never");
  }
}

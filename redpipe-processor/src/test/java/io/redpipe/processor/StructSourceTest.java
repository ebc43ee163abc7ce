package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import org.junit.jupiter.api.Test;

/** Passing compiles of @Struct interfaces: the golden struct source and each struct feature. */
class StructSourceTest {
  @Test
  void structMatchesGoldenSource() {
    Compilation compilation =
        compile(
            source(
                "User",
                "@Keyspace(\"U\")",
                "@Struct(keyName = \"user_id\", ttl = 60, defaultFields = DefaultFields.DEFINED)",
                "public interface User {",
                "  @Field(required = true) String name();",
                "  @Field(type = FieldType.INTEGER, name = \"last_seen\") Long lastSeen();",
                "  @Field int age();",
                "  @Field Double score();",
                "  @Field(codec = Upper.class) String shout();",
                "  default String greeting() { return \"hi \" + name(); }",
                "}"),
            Sources.codec("Upper", "String", "public Upper() {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserStruct")
        .hasSourceEquivalentTo(GoldenStruct.userStruct());
    assertThat(compilation).generatedSourceFile("test.UserKeyspace");
  }

  @Test
  void defaultsGiveKeyNameAllAndNoTtl() {
    Compilation compilation =
        compile(
            source(
                "Plain",
                "@Keyspace(\"P\") @Struct",
                "interface Plain { @Field String title(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.PlainStruct")
        .contentsAsUtf8String()
        .contains(
            "public static final String KEY_NAME = \"_key\";");
    assertThat(compilation)
        .generatedSourceFile("test.PlainStruct")
        .contentsAsUtf8String()
        .contains(
            "StructSchema.builder(PlainKeyspace.SCHEMA)\n"
                + "      .keyName(KEY_NAME)\n"
                + "      .defaultFields(DefaultFields.ALL)\n"
                + "      .ttl(0)\n"
                + "      .build();");
  }

  @Test
  void ttlIsPassedToTheSchemaAndLongTtlsKeepTheirSuffix() {
    Compilation compilation =
        compile(
            source(
                "Brief",
                "@Keyspace(\"S\") @Struct(ttl = 3600)",
                "interface Brief { @Field String title(); }"),
            source(
                "Lasting",
                "@Keyspace(\"L\") @Struct(ttl = 5000000000L)",
                "interface Lasting { @Field String title(); }"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.BriefStruct")
        .contentsAsUtf8String()
        .contains(".ttl(3600)\n");
    assertThat(compilation)
        .generatedSourceFile("test.LastingStruct")
        .contentsAsUtf8String()
        .contains(".ttl(5000000000L)\n");
  }

  @Test
  void requiredMembersAreListedInDeclarationOrder() {
    Compilation compilation =
        compile(
            source(
                "Order",
                "@Keyspace(\"O\") @Struct(defaultFields = DefaultFields.DEFINED)",
                "interface Order {",
                "  @Field(required = true) String customer();",
                "  @Field Long total();",
                "  @Field(required = true, name = \"item_count\") int itemCount();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.OrderStruct")
        .contentsAsUtf8String()
        .contains(".defaultFields(DefaultFields.DEFINED)\n      .ttl(0)\n      .required(CUSTOMER, ITEM_COUNT)\n");
  }

  @Test
  void customCodecFieldUsesItsOwnCodecInstance() {
    Compilation compilation =
        compile(
            source(
                "Badge",
                "@Keyspace(\"B\") @Struct",
                "public interface Badge {",
                "  @Field(codec = Upper.class) String label();",
                "  @Field(codec = Counter.class) int hits();",
                "}"),
            Sources.codec("Upper", "String", "public Upper() {}"),
            Sources.codec("Counter", "Integer", "public Counter() {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.BadgeStruct")
        .contentsAsUtf8String()
        .contains("private static final Upper UPPER_CODEC = new Upper();");
    assertThat(compilation)
        .generatedSourceFile("test.BadgeStruct")
        .contentsAsUtf8String()
        .contains("Integer value = value(HITS, COUNTER_CODEC);");
    assertThat(compilation)
        .generatedSourceFile("test.BadgeStruct")
        .contentsAsUtf8String()
        .doesNotContain("incrHits");
  }

  @Test
  void nestedInterfaceIsNamedAfterItsEnclosingTypes() {
    Compilation compilation =
        compile(
            source(
                "Outer",
                "public class Outer {",
                "  @Keyspace(\"U\") @Struct public interface User { @Field String name(); }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.Outer_UserStruct")
        .contentsAsUtf8String()
        .contains(
            "public final class Outer_UserStruct extends AbstractStruct implements Outer.User {");
    assertThat(compilation)
        .generatedSourceFile("test.Outer_UserStruct")
        .contentsAsUtf8String()
        .contains("StructSchema.builder(Outer_UserKeyspace.SCHEMA)");
  }

  @Test
  void structWithoutFieldsCompiles() {
    Compilation compilation =
        compile(source("Empty", "@Keyspace(\"E\") @Struct interface Empty {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.EmptyStruct")
        .contentsAsUtf8String()
        .contains("public static final class Values extends StructValues<Values> {");
  }

  @Test
  void everyMappedTypeCompilesWithoutWarnings() {
    Compilation compilation =
        compile(
            source(
                "All",
                "@Keyspace(\"A\") @Struct",
                "interface All {",
                "  @Field String text();",
                "  @Field(type = FieldType.ASCII) String ascii();",
                "  @Field byte[] bytes();",
                "  @Field long count();",
                "  @Field Integer small();",
                "  @Field short tiny();",
                "  @Field double ratio();",
                "  @Field float half();",
                "  @Field Boolean flag();",
                "  @Field List<String> tags();",
                "  @Field List<?> items();",
                "  @Field Map<String, ?> extra();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.AllStruct")
        .contentsAsUtf8String()
        .contains("public Values tiny(Short value) {\n      return put(TINY, value == null ? null : value.longValue());");
  }

  /** Python's {@code default_fields=['name', 'last_seen']}: LISTED with stored names. */
  @Test
  void listedDefaultFieldsAreWrittenWithTheFieldConstants() {
    Compilation compilation =
        compile(
            source(
                "Profile",
                "@Keyspace(\"P\")",
                "@Struct(defaultFields = DefaultFields.LISTED,",
                "    defaultFieldNames = {\"last_seen\", \"name\"})",
                "interface Profile {",
                "  @Field String name();",
                "  @Field(name = \"last_seen\") Long lastSeen();",
                "  @Field String bio();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.ProfileStruct")
        .contentsAsUtf8String()
        .contains(
            ".defaultFields(DefaultFields.LISTED)\n"
                + "      .defaultFieldNames(LAST_SEEN, NAME)\n"
                + "      .ttl(0)\n");
    assertThat(compilation)
        .generatedSourceFile("test.ProfileStruct")
        .contentsAsUtf8String()
        .contains("Loads the struct {@code id} (LISTED: {@code last_seen}, {@code name}).");
  }

  /**
   * Python members named like Java keywords ({@code class}, {@code boolean}, {@code float}) or
   * not like Java names at all are stored names given with {@code @Field(name = ...)} on methods
   * of other names; restricted identifiers ({@code record}, {@code var}, {@code yield}) are fine
   * method names as they are.
   */
  @Test
  void keywordAndOddStoredNamesAreGivenWithFieldName() {
    Compilation compilation =
        compile(
            source(
                "Legacy",
                "@Keyspace(\"L\")",
                "@Struct(defaultFields = DefaultFields.LISTED, defaultFieldNames = {\"class\", \"last-seen\"})",
                "interface Legacy {",
                "  @Field(name = \"class\") String className();",
                "  @Field(name = \"boolean\") Boolean flag();",
                "  @Field(name = \"float\") Double ratio();",
                "  @Field(name = \"last-seen\") Long lastSeen();",
                "  @Field(name = \"Name With Spaces\") String spaced();",
                "  @Field String record();",
                "  @Field String var();",
                "  @Field Long yield();",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    String struct = "test.LegacyStruct";
    for (String expected : new String[] {
        "public static final String CLASS_NAME = \"class\";",
        "public static final String FLAG = \"boolean\";",
        "public static final String RATIO = \"float\";",
        "public static final String LAST_SEEN = \"last-seen\";",
        "public static final String SPACED = \"Name With Spaces\";",
        ".defaultFieldNames(CLASS_NAME, LAST_SEEN)",
        "public Values className(String value) {",
        "public Values yield(Long value) {",
        "public Future<Long> incrYield(Scope scope) {"}) {
      assertThat(compilation).generatedSourceFile(struct).contentsAsUtf8String().contains(expected);
    }
    assertThat(compilation)
        .generatedSourceFile("test.LegacyKeyspace")
        .contentsAsUtf8String()
        .contains("public Future<String> getClassName(String id) {");
  }
}

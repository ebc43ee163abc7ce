package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Names in generated code: taken class names are errors, shadowed java.lang names still work. */
class GeneratedNamesTest {
  @Test
  void aSourceTypeWithTheKeyspaceClassNameIsAnError() {
    JavaFileObject user = source("User", "@Keyspace(\"U\")", "interface User { @Field String name(); }");
    JavaFileObject taken = source("UserKeyspace", "final class UserKeyspace {}");
    Compilation compilation = compile(user, taken);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "RedPipe generates test.UserKeyspace for @Keyspace interface test.User, but a type of"
                + " that name already exists; rename that type or the interface")
        .inFile(user)
        .onLineContaining("@Keyspace(\"U\")");
  }

  @Test
  void aSourceTypeWithTheStructClassNameIsAnError() {
    JavaFileObject user =
        source("User", "@Keyspace(\"U\") @Struct", "interface User { @Field String name(); }");
    JavaFileObject taken = source("UserStruct", "final class UserStruct {}");
    Compilation compilation = compile(user, taken);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("RedPipe generates test.UserStruct for @Keyspace interface test.User")
        .inFile(user)
        .onLineContaining("@Keyspace(\"U\")");
  }

  @Test
  void twoInterfacesGivingTheSameClassNameIsAnError() {
    JavaFileObject outer =
        source("Outer", "class Outer {", "  @Keyspace(\"A\") interface User {}", "}");
    JavaFileObject flat = source("Outer_User", "@Keyspace(\"B\")", "interface Outer_User {}");
    Compilation compilation = compile(outer, flat);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("RedPipe would generate test.Outer_UserKeyspace for both");
    assertThat(compilation).hadErrorContaining("; rename one of the interfaces");
  }

  @Test
  void sameNamedTypesOfThePackageDoNotShadowJavaLang() {
    JavaFileObject user =
        source(
            "User",
            "@Keyspace(\"U\") @Struct",
            "public interface User {",
            "  @Field java.lang.String name();",
            "  @Field java.lang.Long visits();",
            "  @Field double score();",
            "  @Field java.lang.Boolean admin();",
            "  @Field Map<java.lang.String, java.lang.Object> extra();",
            "  /** Only visible to classes implementing User. */",
            "  final class Double {}",
            "}");
    Compilation compilation =
        compile(
            user,
            shadow("String"),
            shadow("Long"),
            shadow("Object"),
            shadow("Override"),
            shadow("Boolean"),
            source(
                "Tags",
                "@Keyspace(value = \"T\", type = KeyspaceType.SORTED_SET)",
                "interface Tags {}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation)
        .generatedSourceFile("test.UserKeyspace")
        .contentsAsUtf8String()
        .contains("public Future<java.lang.String> getName(java.lang.String id)");
  }

  private static JavaFileObject shadow(String name) {
    return JavaFileObjects.forSourceLines(
        "test." + name, "package test;", "final class " + name + " {}");
  }
}

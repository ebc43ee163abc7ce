package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Domain methods on the annotated interface, the supported way to extend a generated (final)
 * class: static methods, and default methods of structs, may name the classes generated for
 * their own interface in their signatures and bodies (Python RedPipe users subclass a keyspace
 * for this). Those classes are never waited for as missing types.
 */
class DomainMethodsTest {
  @Test
  void staticMethodsMayReturnAndTakeTheGeneratedKeyspace() {
    Compilation compilation =
        compile(
            source(
                "Followers",
                "import io.redpipe.Scope;",
                "import io.redpipe.futures.Future;",
                "@Keyspace(value = \"F\", type = KeyspaceType.SORTED_SET)",
                "public interface Followers {",
                "  static FollowersKeyspace in(Scope scope) { return FollowersKeyspace.of(scope); }",
                "  static Future<Long> follow(String user, String follower, double at, Scope scope) {",
                "    return in(scope).zadd(user, follower, at);",
                "  }",
                "  static Future<Long> count(FollowersKeyspace followers, String user) {",
                "    return followers.zcard(user);",
                "  }",
                "  static List<FollowersKeyspace> both(Scope a, Scope b) {",
                "    return List.of(in(a), in(b));",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.FollowersKeyspace");
  }

  @Test
  void structMethodsMayReturnAndTakeTheGeneratedStructAndKeyspace() {
    Compilation compilation =
        compile(
            source(
                "User",
                "import io.redpipe.Scope;",
                "import io.redpipe.futures.Future;",
                "@Keyspace(\"U\") @Struct(keyName = \"user_id\")",
                "public interface User {",
                "  @Field String name();",
                "  @Field Long logins();",
                "  static UserStruct register(String id, String name, Scope scope) {",
                "    return UserStruct.create(UserStruct.with(id).name(name).logins(0L), scope);",
                "  }",
                "  static Future<Long> login(UserStruct user, Scope scope) {",
                "    return user.incrLogins(scope);",
                "  }",
                "  static test.UserKeyspace hashes(Scope scope) { return UserKeyspace.of(scope); }",
                "  default Optional<UserStruct> asStruct() {",
                "    return this instanceof UserStruct ? Optional.of((UserStruct) this) : Optional.empty();",
                "  }",
                "  default String shout() { return name().toUpperCase(java.util.Locale.ROOT); }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.UserStruct");
    assertThat(compilation).generatedSourceFile("test.UserKeyspace");
  }

  @Test
  void aNestedInterfaceMayNameItsGeneratedClasses() {
    Compilation compilation =
        compile(
            source(
                "Outer",
                "import io.redpipe.Scope;",
                "public class Outer {",
                "  @Keyspace(\"N\") @Struct public interface Note {",
                "    @Field String text();",
                "    static Outer_NoteStruct write(String id, String text, Scope scope) {",
                "      return Outer_NoteStruct.create(Outer_NoteStruct.with(id).text(text), scope);",
                "    }",
                "  }",
                "}"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.Outer_NoteStruct");
  }

  /** Only the interface's own generated classes are exempt: any other missing type still waits. */
  @Test
  void anotherMissingTypeIsStillReported() {
    JavaFileObject bad =
        source(
            "Bad",
            "import io.redpipe.Scope;",
            "@Keyspace(value = \"B\", type = KeyspaceType.SET)",
            "public interface Bad {",
            "  static OtherKeyspace other(Scope scope) { return null; }",
            "}");
    Compilation compilation = compile(bad);
    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "@Keyspace interface test.Bad refers to a type that does not exist; fix the missing"
                + " type, then the keyspace class will be generated")
        .inFile(bad)
        .onLineContaining("public interface Bad");
  }
}

package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.compile;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Two keyspaces with one prefix on one connection: warned on both (which fails a -Werror build),
 * unless one of them says it shares the keys on purpose with {@code sharedPrefix = true}.
 */
class SharedPrefixTest {
  private static final String MESSAGE =
      "@Keyspace test.UserHash uses prefix \"U\" on the default connection like test.User; their"
          + " keys collide, give one of them another prefix, or set"
          + " @Keyspace(sharedPrefix = true) on one of them if they describe the same keys on"
          + " purpose";

  /** A struct and a typed hash view of the same hashes, as Python RedPipe's tests have. */
  private static JavaFileObject struct(String keyspace) {
    return source(
        "User",
        keyspace,
        "@Struct",
        "interface User { @Field String name(); }");
  }

  private static JavaFileObject hashView(String keyspace) {
    return source(
        "UserHash",
        keyspace,
        "interface UserHash { @Field String name(); @Field Long visits(); }");
  }

  @Test
  void sharingWithoutSayingSoIsWarnedAndFailsAWerrorBuild() {
    JavaFileObject user = struct("@Keyspace(\"U\")");
    JavaFileObject hash = hashView("@Keyspace(\"U\")");
    Compilation compilation = compile(user, hash);
    assertThat(compilation).failed();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation).hadWarningContaining(MESSAGE).inFile(hash).onLineContaining("@Keyspace");
    assertThat(compilation)
        .hadWarningContaining("@Keyspace test.User uses prefix \"U\" on the default connection like"
            + " test.UserHash")
        .inFile(user)
        .onLineContaining("@Keyspace");
  }

  @Test
  void sharingOnPurposeIsNotWarned() {
    Compilation compilation =
        compile(
            struct("@Keyspace(\"U\")"),
            hashView("@Keyspace(value = \"U\", sharedPrefix = true)"));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.UserStruct");
    assertThat(compilation).generatedSourceFile("test.UserHashKeyspace");
  }

  @Test
  void sayingSoOnTheOtherInterfaceWorksToo() {
    Compilation compilation =
        compile(
            struct("@Keyspace(value = \"U\", sharedPrefix = true)"),
            hashView("@Keyspace(\"U\")"));
    assertThat(compilation).succeededWithoutWarnings();
  }

  /** The flag covers the pairs its interface is part of, not a third keyspace's accident. */
  @Test
  void aThirdKeyspaceWithThePrefixIsStillWarnedAboutTheOtherOne() {
    JavaFileObject user = struct("@Keyspace(value = \"U\", sharedPrefix = true)");
    JavaFileObject hash = hashView("@Keyspace(\"U\")");
    JavaFileObject accident =
        source("Upload", "@Keyspace(value = \"U\", type = KeyspaceType.STRING)", "interface Upload {}");
    Compilation compilation = Sources.compileAllowingWarnings(user, hash, accident);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(2);
    assertThat(compilation)
        .hadWarningContaining("@Keyspace test.Upload uses prefix \"U\" on the default connection"
            + " like test.UserHash")
        .inFile(accident)
        .onLineContaining("@Keyspace");
    assertThat(compilation)
        .hadWarningContaining("@Keyspace test.UserHash uses prefix \"U\" on the default connection"
            + " like test.Upload")
        .inFile(hash)
        .onLineContaining("@Keyspace");
  }
}

package io.redpipe.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static io.redpipe.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.common.truth.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The processor never throws out of {@code process}: failures become errors on the interface. */
class ProcessorFailureTest {
  private static final JavaFileObject BAD =
      source("Bad", "@Keyspace(\"B\")", "public interface Bad { @Field String name(); }");
  private static final JavaFileObject GOOD =
      source("Good", "@Keyspace(\"G\")", "public interface Good { @Field String name(); }");

  private static Compilation compile(FailingFiler processor) {
    return Compiler.javac()
        .withProcessors(processor)
        .withOptions("-Xlint:all,-processing")
        .compile(BAD, GOOD);
  }

  @Test
  void anUnexpectedExceptionIsAnErrorOnTheInterfaceAndOthersStillGenerate(@TempDir Path output)
      throws IOException {
    Compilation compilation =
        compile(new FailingFiler("BadKeyspace", new IllegalStateException("boom")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "RedPipe processor failed on test.Bad with java.lang.IllegalStateException: boom;"
                + " this is a bug in RedPipe, please file an issue")
        .inFile(BAD)
        .onLineContaining("public interface Bad");
    boolean succeeded =
        Sources.processOnly(
            output, new FailingFiler("BadKeyspace", new IllegalStateException("boom")), BAD, GOOD);
    Truth.assertThat(succeeded).isFalse();
    Truth.assertThat(Files.exists(output.resolve("test/GoodKeyspace.java"))).isTrue();
  }

  @Test
  void aFailedWriteIsAnErrorOnTheInterface() {
    Compilation compilation =
        compile(
            new FailingFiler("BadKeyspace", new IOException("disk full")));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "RedPipe could not write the generated classes of test.Bad:"
                + " java.io.IOException: disk full")
        .inFile(BAD)
        .onLineContaining("public interface Bad");
  }
}

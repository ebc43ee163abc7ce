package io.redpipe.processor;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/** Helpers shared by the processor tests. */
final class Sources {
  private Sources() {}

  /** Compiles with the processor, every lint but processing, and warnings as errors. */
  static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new RedPipeProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** Like {@link #compile}, with {@code recorder} seeing every generated type. */
  static Compilation compile(TypeRecorder recorder, JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(recorder, new RedPipeProcessor())
        .withOptions("-Xlint:all,-processing", "-Werror")
        .compile(sources);
  }

  /** Compiles without -Werror, for tests that expect warnings. */
  static Compilation compileAllowingWarnings(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new RedPipeProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(sources);
  }

  /**
   * Runs only annotation processing with {@code processor}, writing to {@code output}: javac keeps
   * no generated file of a failed compile in memory, so tests of failed compiles look on disk.
   */
  static boolean processOnly(Path output, Processor processor, JavaFileObject... sources)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, UTF_8)) {
      files.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(output));
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
      JavaCompiler.CompilationTask task =
          javac.getTask(null, files, d -> {}, List.of("-proc:only"), null, List.of(sources));
      task.setProcessors(List.of(processor));
      return task.call();
    }
  }

  /** A source file {@code test/<name>.java} in package {@code test} importing the annotations. */
  static JavaFileObject source(String name, String... lines) {
    String[] all = new String[lines.length + 4];
    all[0] = "package test;";
    all[1] = "import io.redpipe.annotations.*;";
    all[2] = "import java.util.*;";
    all[3] = "";
    System.arraycopy(lines, 0, all, 4, lines.length);
    return JavaFileObjects.forSourceLines("test." + name, all);
  }

  /** A custom codec {@code test.<name>} storing {@code type} (a class name), with the given body. */
  static JavaFileObject codec(String name, String type, String constructor) {
    return JavaFileObjects.forSourceLines(
        "test." + name,
        "package test;",
        "import io.redpipe.codecs.FieldCodec;",
        "public final class " + name + " implements FieldCodec<" + type + "> {",
        "  " + constructor,
        "  @Override public byte[] encode(" + type + " value) { return new byte[0]; }",
        "  @Override public " + type + " decode(byte[] bytes) { return null; }",
        "  @Override public Class<?> javaType() { return " + type + ".class; }",
        "  @Override public String typeName() { return \"" + name + "\"; }",
        "}");
  }
}

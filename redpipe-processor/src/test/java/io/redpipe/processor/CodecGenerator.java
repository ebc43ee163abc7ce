package io.redpipe.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A test processor that writes one source file in its first round, so the types it declares only
 * exist from the second round on.
 */
final class CodecGenerator extends AbstractProcessor {
  private final String name;
  private final String source;
  private boolean done;

  /** Writes {@code test.GeneratedCodec}, a {@code FieldCodec<String>}. */
  CodecGenerator() {
    this(
        "test.GeneratedCodec",
        "package test;\n"
            + "public final class GeneratedCodec implements io.redpipe.codecs.FieldCodec<String> {\n"
            + "  @Override public byte[] encode(String value) { return new byte[0]; }\n"
            + "  @Override public String decode(byte[] bytes) { return null; }\n"
            + "  @Override public Class<?> javaType() { return String.class; }\n"
            + "  @Override public String typeName() { return \"GeneratedCodec\"; }\n"
            + "}\n");
  }

  /** Writes the type {@code name} with the text {@code source}. */
  CodecGenerator(String name, String source) {
    this.name = name;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done) {
      return false;
    }
    done = true;
    try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
      writer.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}

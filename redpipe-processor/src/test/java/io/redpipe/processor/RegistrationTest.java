package io.redpipe.processor;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;

/** The processor is found by javac and declared isolating for Gradle. */
class RegistrationTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = RedPipeProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), UTF_8);
    }
  }

  @Test
  void registeredAsAnAnnotationProcessor() throws IOException {
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor"))
        .contains("io.redpipe.processor.RedPipeProcessor");
  }

  @Test
  void declaredIsolatingForGradle() throws IOException {
    assertThat(resource("META-INF/gradle/incremental.annotation.processors").trim())
        .isEqualTo("io.redpipe.processor.RedPipeProcessor,isolating");
  }

  @Test
  void supportsTheLatestSourceVersion() {
    assertThat(new RedPipeProcessor().getSupportedSourceVersion())
        .isEqualTo(SourceVersion.latestSupported());
  }
}

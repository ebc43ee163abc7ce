package io.redpipe.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The jar carries the metadata IDEs read to complete and explain the redpipe.* properties. */
class ConfigurationMetadataTest {
  @Test
  void everyPropertyIsDescribedWithItsDefault() throws IOException {
    String json;
    try (InputStream in = getClass().getResourceAsStream(
        "/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("no configuration metadata").isNotNull();
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    for (String property : new String[] {"redpipe.enabled", "redpipe.name",
        "redpipe.execute-timeout", "redpipe.threads", "redpipe.connect-default",
        "redpipe.transaction", "redpipe.protocol", "redpipe.connections",
        "redpipe.health.timeout", "redpipe.health.connections", "redpipe.metrics.enabled",
        "redpipe.metrics.server-tag"}) {
      assertThat(json).contains("\"name\": \"" + property + "\"");
    }
    assertThat(json).contains("\"description\": \"The deadline of every root execute")
        .contains("\"defaultValue\": \"10s\"").contains("\"defaultValue\": \"2s\"");
  }
}

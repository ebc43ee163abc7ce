package io.redpipe.examples.unicode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@io.redpipe.testkit.RedisTest
class UnicodeExamplesTest {
  @AfterEach
  void resetConnections() {
    RedPipe.reset();
  }

  @Test
  void textIsStoredAsUtf8AndReadBack(RedisClient client) {
    RedPipe.connect(client);
    String text = "15øC, こんにちは 😀";
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<String> read = UnicodeExamples.storeGreeting("ø", text, pipe);
      Future<byte[]> raw = UnicodeExamples.rawGreeting("ø", pipe);
      pipe.execute();
      assertEquals(text, read.get());
      assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), raw.get());
    }
    assertEquals(text, client.get("greeting{ø}"));
  }

  @Test
  void dumpPayloadsStayBinary(RedisClient client) {
    RedPipe.connect(client);
    UnicodeExamples.storeGreeting("copy", "ünïcødé", null);
    assertArrayEquals("ünïcødé".getBytes(StandardCharsets.UTF_8),
        UnicodeExamples.copyToBlob("copy", "copy").get());
  }
}

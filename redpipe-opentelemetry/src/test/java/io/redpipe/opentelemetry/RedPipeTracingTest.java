package io.redpipe.opentelemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class RedPipeTracingTest {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider provider = SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final OpenTelemetrySdk openTelemetry =
      OpenTelemetrySdk.builder().setTracerProvider(provider).build();

  @AfterEach
  void close() {
    provider.close();
  }

  private static SpanData named(List<SpanData> spans, String prefix) {
    return spans.stream().filter(s -> s.getName().startsWith(prefix)).findFirst().orElseThrow();
  }

  @Test
  void anExecuteIsASpanWithAChildPerRoundTrip(RedisServer server, RedisClient client) {
    try (RedPipeContext context = RedPipeContext.builder().name("traced")
        .listener(RedPipeTracing.builder(openTelemetry).build()).build()) {
      context.connect(client);
      context.connect("tx", client, true);
      Span parent = openTelemetry.getTracer("test").spanBuilder("request").startSpan();
      try (Scope ignored = parent.makeCurrent(); Pipeline pipe = context.pipeline()) {
        pipe.set("ot:a", "secret-value");
        pipe.get("ot:a");
        Pipeline tx = context.pipeline(pipe, "tx");
        tx.incr("ot:n");
        tx.execute();
        pipe.execute();
      } finally {
        parent.end();
      }
    }
    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertEquals(4, spans.size(), spans.toString());
    SpanData request = named(spans, "request");
    SpanData execute = spans.stream().filter(s -> s.getName().equals("PIPELINE")).findFirst()
        .orElseThrow();
    assertEquals(request.getSpanId(), execute.getParentSpanId(), "a child of the current span");
    assertEquals(SpanKind.CLIENT, execute.getKind());
    assertEquals("redis", execute.getAttributes().get(RedPipeTracing.DB_SYSTEM));
    assertEquals(3L, execute.getAttributes().get(RedPipeTracing.BATCH_SIZE));
    assertEquals(2L, execute.getAttributes().get(RedPipeTracing.ROUND_TRIPS));
    assertEquals(StatusCode.UNSET, execute.getStatus().getStatusCode());
    List<SpanData> batches = spans.stream().filter(s -> s.getName().startsWith("PIPELINE ")
        || s.getName().startsWith("MULTI")).toList();
    assertEquals(2, batches.size(), spans.toString());
    for (SpanData batch : batches) {
      assertEquals(execute.getSpanId(), batch.getParentSpanId());
      assertEquals("PIPELINE " + server.hostAndPort(), batch.getName());
      assertEquals(server.host(), batch.getAttributes().get(RedPipeTracing.SERVER_ADDRESS));
      assertEquals((long) server.port(), batch.getAttributes().get(RedPipeTracing.SERVER_PORT));
      assertTrue(batch.getStartEpochNanos() >= execute.getStartEpochNanos());
      assertTrue(batch.getEndEpochNanos() <= execute.getEndEpochNanos());
      assertNull(batch.getAttributes().get(RedPipeTracing.QUERY_SUMMARY), "no names by default");
      assertFalse(batch.getAttributes().toString().contains("secret-value"));
    }
    assertEquals(1, batches.stream().filter(b -> "MULTI".equals(
        b.getAttributes().get(RedPipeTracing.DB_OPERATION))).count());
  }

  @Test
  void aFailedExecuteIsAnErrorAndCommandNamesAreOptIn(RedisClient client) throws Exception {
    try (RedPipeContext context = RedPipeContext.builder()
        .listener(RedPipeTracing.builder(openTelemetry).commandNames(true).build()).build()) {
      context.connect(client);
      client.set("ot:string", "x");
      try (Pipeline pipe = context.pipeline()) {
        pipe.incr("ot:string");
        pipe.get("ot:string");
        assertThrows(PipelineFailed.class, pipe::execute);
      }
      try (Pipeline pipe = context.pipeline()) {
        pipe.get("ot:string");
        pipe.executeAsync().get(60, TimeUnit.SECONDS);
      }
    }
    List<SpanData> spans = exporter.getFinishedSpanItems();
    SpanData failed = spans.stream().filter(s -> s.getName().equals("PIPELINE")
        && s.getStatus().getStatusCode() == StatusCode.ERROR).findFirst().orElseThrow();
    assertEquals(PipelineFailed.class.getName(),
        failed.getAttributes().get(RedPipeTracing.ERROR_TYPE));
    SpanData batch = spans.stream().filter(s -> s.getParentSpanId().equals(failed.getSpanId()))
        .findFirst().orElseThrow();
    assertEquals("INCR GET", batch.getAttributes().get(RedPipeTracing.QUERY_SUMMARY));
    assertEquals(StatusCode.ERROR, batch.getStatus().getStatusCode());
    assertEquals(4, spans.size(), "the asynchronous execute is traced too");
  }
}

package io.redpipe.examples.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class ObservedUsersTest {
  @Test
  void loadingManyUsersIsOneRoundTripInTheMetersAndTheSpans(RedisClient client) {
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    try (SdkTracerProvider tracing = SdkTracerProvider.builder()
            .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
        ObservedUsers users = new ObservedUsers(client, meters,
            OpenTelemetrySdk.builder().setTracerProvider(tracing).build())) {
      users.register("ob1", "Ann");
      users.register("ob2", "Bob");
      assertEquals("Bob", users.load(List.of("ob1", "ob2", "ob3")).get(1).name());
      assertEquals(3, meters.get("redpipe.execute").tags("context", "users", "outcome", "success")
          .timer().count());
      assertEquals(1.0, meters.get("redpipe.execute.round.trips").summary().max());
      List<SpanData> finished = spans.getFinishedSpanItems();
      SpanData loadRoundTrip = finished.stream()
          .filter(s -> Long.valueOf(3).equals(s.getAttributes().get(
              io.opentelemetry.api.common.AttributeKey.longKey("db.operation.batch.size")))
              && s.getName().startsWith("PIPELINE "))
          .findFirst().orElseThrow();
      assertEquals("HGETALL", loadRoundTrip.getAttributes().get(
          io.opentelemetry.api.common.AttributeKey.stringKey("db.query.summary")));
      assertTrue(finished.size() >= 6, finished.toString());
    }
  }
}

package io.redpipe.examples.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.redpipe.RedPipeContext;
import io.redpipe.examples.annotated.UserStruct;
import io.redpipe.micrometer.RedPipeMetrics;
import io.redpipe.observability.ExecuteLogger;
import io.redpipe.opentelemetry.RedPipeTracing;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * A service whose context reports every execute to Micrometer, OpenTelemetry and the log: the
 * meters count round trips and commands, the spans show each round trip under the request's
 * span. Nothing here is static; the context is built once with its listeners.
 */
public final class ObservedUsers implements AutoCloseable {
  private final RedPipeContext context;

  /**
   * A service on {@code client} whose executes are measured in {@code meters} and traced with
   * {@code openTelemetry}.
   */
  public ObservedUsers(UnifiedJedis client, MeterRegistry meters, OpenTelemetry openTelemetry) {
    RedPipeMetrics metrics = RedPipeMetrics.builder().build();
    metrics.bindTo(meters);
    this.context = RedPipeContext.builder().name("users")
        .listener(metrics)
        .listener(RedPipeTracing.builder(openTelemetry).commandNames(true).build())
        .listener(new ExecuteLogger())                 // DEBUG lines, WARNING on failure
        .build();
    context.connect(client);
  }

  /** Loads the users {@code ids} in one round trip. */
  public List<UserStruct> load(List<String> ids) {
    List<UserStruct> users = new ArrayList<>();
    try (Pipeline pipe = context.pipeline()) {
      ids.forEach(id -> users.add(UserStruct.load(id, pipe)));
      pipe.execute();
    }
    return users;
  }

  /** Registers a user: one HSET and one HGETALL, one round trip. */
  public UserStruct register(String id, String name) {
    return UserStruct.create(UserStruct.with(id).name(name), context);
  }

  @Override
  public void close() {
    context.close();
  }
}

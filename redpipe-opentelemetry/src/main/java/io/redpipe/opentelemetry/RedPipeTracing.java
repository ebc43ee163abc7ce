package io.redpipe.opentelemetry;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.observability.ExecuteListener;
import io.redpipe.observability.Outcome;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * Traces RedPipe's executes with OpenTelemetry: a client span per root execute, with a child
 * span per round trip (one connection's commands to one server), following the semantic
 * conventions of database client spans.
 *
 * <pre>{@code
 * RedPipeContext context = RedPipeContext.builder()
 *     .listener(RedPipeTracing.builder(openTelemetry).build()).build();
 * }</pre>
 *
 * <p>The execute's span is named {@code PIPELINE} and is a child of the span current in the
 * thread that called {@code execute()} or {@code executeAsync()}; each round trip's span is
 * named {@code PIPELINE <host:port>}. Attributes: {@code db.system.name} = {@code redis},
 * {@code db.operation.name} = {@code PIPELINE} (or {@code MULTI} for a transaction's batch),
 * {@code db.operation.batch.size} (commands), {@code server.address}, {@code server.port},
 * {@code redpipe.context}, {@code redpipe.connection}, {@code redpipe.round_trips},
 * {@code redpipe.retry}, {@code redpipe.redirects}; on failure the status is {@code ERROR} and
 * {@code error.type} names the exception class. No command argument is ever recorded (they can
 * hold user data); {@link Builder#commandNames(boolean)} adds the names of the commands
 * ({@code db.query.summary}, e.g. {@code GET HSET}).
 */
public final class RedPipeTracing implements ExecuteListener {
  /** The instrumentation scope name. */
  public static final String SCOPE = "io.redpipe";

  static final AttributeKey<String> DB_SYSTEM = AttributeKey.stringKey("db.system.name");
  static final AttributeKey<String> DB_OPERATION = AttributeKey.stringKey("db.operation.name");
  static final AttributeKey<Long> BATCH_SIZE = AttributeKey.longKey("db.operation.batch.size");
  static final AttributeKey<String> QUERY_SUMMARY = AttributeKey.stringKey("db.query.summary");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<String> CONTEXT = AttributeKey.stringKey("redpipe.context");
  static final AttributeKey<String> CONNECTION = AttributeKey.stringKey("redpipe.connection");
  static final AttributeKey<Long> ROUND_TRIPS = AttributeKey.longKey("redpipe.round_trips");
  static final AttributeKey<Boolean> RETRY = AttributeKey.booleanKey("redpipe.retry");
  static final AttributeKey<Long> REDIRECTS = AttributeKey.longKey("redpipe.redirects");

  private final Tracer tracer;
  private final boolean commandNames;

  private RedPipeTracing(Builder builder) {
    this.tracer = builder.openTelemetry.getTracer(SCOPE);
    this.commandNames = builder.commandNames;
  }

  /**
   * Returns a builder for {@code openTelemetry} (e.g. {@code GlobalOpenTelemetry.get()}, or the
   * SDK the application configured).
   *
   * @param openTelemetry where the spans go
   * @return a new builder
   */
  public static Builder builder(OpenTelemetry openTelemetry) {
    return new Builder(openTelemetry);
  }

  /** Captures the current context in the thread that starts the execute: the spans' parent. */
  @Override
  public Object executeStarted(String context, int commands) {
    return Context.current();
  }

  @Override
  public void executeEnded(ExecuteEvent event, Object state) {
    Context parent = state instanceof Context ? (Context) state : Context.current();
    long start = epochNanos(event.start());
    Span execute = tracer.spanBuilder("PIPELINE")
        .setParent(parent)
        .setSpanKind(SpanKind.CLIENT)
        .setStartTimestamp(start, TimeUnit.NANOSECONDS)
        .setAttribute(DB_SYSTEM, "redis")
        .setAttribute(DB_OPERATION, "PIPELINE")
        .setAttribute(BATCH_SIZE, (long) event.commands())
        .setAttribute(CONTEXT, event.context())
        .setAttribute(ROUND_TRIPS, (long) event.roundTrips())
        .startSpan();
    if (event.redirects() > 0) {
      execute.setAttribute(REDIRECTS, (long) event.redirects());
    }
    Context inExecute = parent.with(execute);
    for (BatchEvent batch : event.batches()) {
      batchSpan(inExecute, batch, start);
    }
    if (event.outcome() != Outcome.SUCCESS || event.failure() != null) {
      execute.setStatus(StatusCode.ERROR, event.outcome().tag());
      execute.setAttribute(ERROR_TYPE, event.failure() == null ? event.outcome().tag()
          : event.failure().getClass().getName());
    }
    execute.end(start + event.durationNanos(), TimeUnit.NANOSECONDS);
  }

  private void batchSpan(Context parent, BatchEvent batch, long executeStart) {
    long start = executeStart + batch.offsetNanos();
    SpanBuilder builder = tracer.spanBuilder("PIPELINE " + batch.server())
        .setParent(parent)
        .setSpanKind(SpanKind.CLIENT)
        .setStartTimestamp(start, TimeUnit.NANOSECONDS)
        .setAttribute(DB_SYSTEM, "redis")
        .setAttribute(DB_OPERATION, batch.transaction() ? "MULTI" : "PIPELINE")
        .setAttribute(BATCH_SIZE, (long) batch.commands())
        .setAttribute(CONNECTION, batch.connection().isEmpty() ? "default" : batch.connection())
        .setAttribute(RETRY, batch.retry());
    if (batch.host() != null) {
      builder.setAttribute(SERVER_ADDRESS, batch.host())
          .setAttribute(SERVER_PORT, (long) batch.port());
    }
    if (commandNames) {
      builder.setAttribute(QUERY_SUMMARY, String.join(" ", batch.commandNames()));
    }
    Span span = builder.startSpan();
    if (batch.moved() + batch.asked() > 0) {
      span.setAttribute(REDIRECTS, (long) (batch.moved() + batch.asked()));
    }
    if (batch.outcome() != Outcome.SUCCESS) {
      span.setStatus(StatusCode.ERROR, batch.outcome().tag());
      span.setAttribute(ERROR_TYPE, batch.failure() == null ? batch.outcome().tag()
          : batch.failure().getClass().getName());
    }
    span.end(start + batch.durationNanos(), TimeUnit.NANOSECONDS);
  }

  private static long epochNanos(Instant instant) {
    return TimeUnit.SECONDS.toNanos(instant.getEpochSecond()) + instant.getNano();
  }

  /** Options of {@link RedPipeTracing}. */
  public static final class Builder {
    private final OpenTelemetry openTelemetry;
    private boolean commandNames;

    private Builder(OpenTelemetry openTelemetry) {
      this.openTelemetry = Objects.requireNonNull(openTelemetry, "openTelemetry");
    }

    /**
     * Records the names of each round trip's commands ({@code db.query.summary}, e.g.
     * {@code GET HSET}); never their arguments. Off by default.
     *
     * @param enabled whether to record command names
     * @return this builder
     */
    public Builder commandNames(boolean enabled) {
      this.commandNames = enabled;
      return this;
    }

    /**
     * Builds the listener.
     *
     * @return the listener
     */
    public RedPipeTracing build() {
      return new RedPipeTracing(this);
    }
  }
}

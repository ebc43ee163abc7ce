package io.redpipe.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.observability.ExecuteListener;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Records RedPipe's executes in a Micrometer {@link MeterRegistry}: an {@link ExecuteListener}
 * for a context and a {@link MeterBinder} for the registry.
 *
 * <pre>{@code
 * RedPipeMetrics metrics = RedPipeMetrics.builder().build();
 * metrics.bindTo(registry);
 * RedPipeContext context = RedPipeContext.builder().listener(metrics).build();
 * }</pre>
 *
 * <table>
 *   <caption>Meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>what</th></tr>
 *   <tr><td>{@code redpipe.execute}</td><td>timer</td><td>context, outcome</td>
 *     <td>each root execute, from its start to its last reply</td></tr>
 *   <tr><td>{@code redpipe.execute.commands}</td><td>summary</td><td>context</td>
 *     <td>commands per execute</td></tr>
 *   <tr><td>{@code redpipe.execute.round.trips}</td><td>summary</td><td>context</td>
 *     <td>round trips per execute</td></tr>
 *   <tr><td>{@code redpipe.batch}</td><td>timer</td><td>context, connection, outcome (and server,
 *     when asked for)</td><td>each round trip: one connection's commands to one server</td></tr>
 *   <tr><td>{@code redpipe.commands.failed}</td><td>counter</td><td>context, connection</td>
 *     <td>commands Redis answered with an error</td></tr>
 *   <tr><td>{@code redpipe.redirects}</td><td>counter</td><td>context, connection, type
 *     ({@code moved}, {@code ask})</td><td>cluster redirects</td></tr>
 * </table>
 *
 * <p>The {@code server} tag ({@code host:port}) is off by default: a cluster has many nodes and
 * each would multiply the batch timers. Outcomes are the lower-case names of
 * {@link io.redpipe.observability.Outcome}. Until {@link #bindTo} is called nothing is recorded.
 */
public final class RedPipeMetrics implements ExecuteListener, MeterBinder {
  private final boolean serverTag;
  private final Tags extraTags;
  private volatile MeterRegistry registry;
  /** The meters already registered, by name and tag values: one look-up instead of a build. */
  private final Map<List<String>, Meter> meters = new ConcurrentHashMap<>();

  private RedPipeMetrics(Builder builder) {
    this.serverTag = builder.serverTag;
    this.extraTags = builder.tags;
  }

  /**
   * Returns a builder with the defaults: no server tag, no extra tags.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
    meters.clear();
  }

  @Override
  public void executeEnded(ExecuteEvent event, Object state) {
    MeterRegistry registry = this.registry;
    if (registry == null) {
      return;
    }
    String context = event.context();
    String outcome = event.outcome().tag();
    ((Timer) meter(registry, List.of("redpipe.execute", context, outcome), () ->
        Timer.builder("redpipe.execute")
            .description("RedPipe root executes, from their start to their last reply")
            .tags(extraTags.and("context", context, "outcome", outcome))))
        .record(event.durationNanos(), TimeUnit.NANOSECONDS);
    ((DistributionSummary) meter(registry, List.of("redpipe.execute.commands", context), () ->
        DistributionSummary.builder("redpipe.execute.commands")
            .description("Commands sent per RedPipe execute").baseUnit("commands")
            .tags(extraTags.and("context", context))))
        .record(event.commands());
    ((DistributionSummary) meter(registry, List.of("redpipe.execute.round.trips", context), () ->
        DistributionSummary.builder("redpipe.execute.round.trips")
            .description("Round trips per RedPipe execute").baseUnit("round trips")
            .tags(extraTags.and("context", context))))
        .record(event.roundTrips());
    for (BatchEvent batch : event.batches()) {
      String connection = connectionTag(batch.connection());
      String batchOutcome = batch.outcome().tag();
      String server = serverTag ? batch.server() : "";
      ((Timer) meter(registry, List.of("redpipe.batch", context, connection, batchOutcome, server),
          () -> {
            Tags tags = extraTags.and("context", context, "connection", connection,
                "outcome", batchOutcome);
            return Timer.builder("redpipe.batch")
                .description("RedPipe round trips: one connection's commands to one server")
                .tags(serverTag ? tags.and("server", server) : tags);
          }))
          .record(batch.durationNanos(), TimeUnit.NANOSECONDS);
      if (batch.failedCommands() > 0) {
        ((Counter) meter(registry, List.of("redpipe.commands.failed", context, connection), () ->
            Counter.builder("redpipe.commands.failed")
                .description("Commands Redis answered with an error").baseUnit("commands")
                .tags(extraTags.and("context", context, "connection", connection))))
            .increment(batch.failedCommands());
      }
      if (batch.moved() > 0) {
        redirects(registry, context, connection, "moved").increment(batch.moved());
      }
      if (batch.asked() > 0) {
        redirects(registry, context, connection, "ask").increment(batch.asked());
      }
    }
  }

  private Counter redirects(MeterRegistry registry, String context, String connection,
      String type) {
    return (Counter) meter(registry, List.of("redpipe.redirects", context, connection, type), () ->
        Counter.builder("redpipe.redirects")
            .description("Redis Cluster redirects RedPipe followed")
            .tags(extraTags.and("context", context, "connection", connection, "type", type)));
  }

  /** The meter of {@code key} in {@code registry}, registered on first use. */
  private Meter meter(MeterRegistry registry, List<String> key, Supplier<Object> builder) {
    Meter known = meters.get(key);
    if (known != null) {
      return known;
    }
    Object built = builder.get();
    Meter registered;
    if (built instanceof Timer.Builder) {
      registered = ((Timer.Builder) built).register(registry);
    } else if (built instanceof DistributionSummary.Builder) {
      registered = ((DistributionSummary.Builder) built).register(registry);
    } else {
      registered = ((Counter.Builder) built).register(registry);
    }
    Meter raced = meters.putIfAbsent(key, registered);
    return raced != null ? raced : registered;
  }

  /** The default connection's name is {@code ""}; a tag value shows it as {@code default}. */
  private static String connectionTag(String connection) {
    return connection.isEmpty() ? "default" : connection;
  }

  /** Options of {@link RedPipeMetrics}. */
  public static final class Builder {
    private boolean serverTag;
    private Tags tags = Tags.empty();

    private Builder() {}

    /**
     * Adds a {@code server} tag ({@code host:port}) to the batch timers; off by default to keep
     * the number of series low.
     *
     * @param enabled whether to tag batches with their server
     * @return this builder
     */
    public Builder serverTag(boolean enabled) {
      this.serverTag = enabled;
      return this;
    }

    /**
     * Adds tags to every meter, e.g. the application's name.
     *
     * @param tags the tags
     * @return this builder
     */
    public Builder tags(Tags tags) {
      this.tags = this.tags.and(Objects.requireNonNull(tags, "tags"));
      return this;
    }

    /**
     * Builds the listener; bind it with {@link RedPipeMetrics#bindTo}.
     *
     * @return the listener
     */
    public RedPipeMetrics build() {
      return new RedPipeMetrics(this);
    }
  }
}

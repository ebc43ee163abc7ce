package io.redpipe.micrometer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.redpipe.observability.BatchEvent;
import io.redpipe.observability.ExecuteEvent;
import io.redpipe.observability.ExecuteListener;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

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
  }

  @Override
  public void executeEnded(ExecuteEvent event, Object state) {
    MeterRegistry meters = registry;
    if (meters == null) {
      return;
    }
    Tags context = extraTags.and("context", event.context());
    Timer.builder("redpipe.execute")
        .description("RedPipe root executes, from their start to their last reply")
        .tags(context.and("outcome", event.outcome().tag()))
        .register(meters)
        .record(event.durationNanos(), TimeUnit.NANOSECONDS);
    DistributionSummary.builder("redpipe.execute.commands")
        .description("Commands sent per RedPipe execute").baseUnit("commands")
        .tags(context).register(meters).record(event.commands());
    DistributionSummary.builder("redpipe.execute.round.trips")
        .description("Round trips per RedPipe execute").baseUnit("round trips")
        .tags(context).register(meters).record(event.roundTrips());
    for (BatchEvent batch : event.batches()) {
      Tags tags = context.and("connection", connectionTag(batch.connection()));
      Tags timed = tags.and("outcome", batch.outcome().tag());
      if (serverTag) {
        timed = timed.and("server", batch.server());
      }
      Timer.builder("redpipe.batch")
          .description("RedPipe round trips: one connection's commands to one server")
          .tags(timed).register(meters).record(batch.durationNanos(), TimeUnit.NANOSECONDS);
      if (batch.failedCommands() > 0) {
        Counter.builder("redpipe.commands.failed")
            .description("Commands Redis answered with an error").baseUnit("commands")
            .tags(tags).register(meters).increment(batch.failedCommands());
      }
      if (batch.moved() > 0) {
        redirects(meters, tags, "moved").increment(batch.moved());
      }
      if (batch.asked() > 0) {
        redirects(meters, tags, "ask").increment(batch.asked());
      }
    }
  }

  private static Counter redirects(MeterRegistry meters, Tags tags, String type) {
    return Counter.builder("redpipe.redirects")
        .description("Redis Cluster redirects RedPipe followed")
        .tags(tags.and("type", type)).register(meters);
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

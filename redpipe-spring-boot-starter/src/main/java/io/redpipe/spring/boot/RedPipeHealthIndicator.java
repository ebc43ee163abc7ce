package io.redpipe.spring.boot;

import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.connections.Connection;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Protocol;

/**
 * The health of a RedPipe context: one PING per connection, all sent at once
 * ({@code executeAsync}), and waited for at most the timeout in all. {@code UP} when every
 * connection answered, else {@code DOWN}; the details show each connection's status and, for a
 * failed one, the reason (never a password). Connections the context doesn't have are left out.
 * On a Redis Cluster connection the PING is {@code PING redpipe:health}, sent to the master of
 * that key's slot: it checks one node of the cluster, not every node.
 */
public final class RedPipeHealthIndicator implements HealthIndicator {
  /**
   * On a cluster connection the PING carries this as its message, marked as a key, so RedPipe
   * routes it to the master of the key's slot (a PING without a key has no node to go to).
   */
  static final String CLUSTER_KEY = "redpipe:health";

  private final RedPipeContext context;
  private final List<String> names;
  private final Duration timeout;

  /**
   * Creates the indicator.
   *
   * @param context the context whose connections are checked
   * @param names the connection names to check; {@code ""} or {@code "default"} is the default
   *     connection
   * @param timeout how long one health check waits for all PINGs
   */
  public RedPipeHealthIndicator(RedPipeContext context, List<String> names, Duration timeout) {
    this.context = Objects.requireNonNull(context, "context");
    this.names = List.copyOf(names);
    this.timeout = Objects.requireNonNull(timeout, "timeout");
  }

  @Override
  public Health health() {
    long deadline = System.nanoTime() + timeout.toNanos();
    Map<String, CompletableFuture<String>> pings = new LinkedHashMap<>();
    for (String name : names) {
      String key = name.equals("default") ? RedPipe.DEFAULT : name;
      Connection connection = context.connections().find(key);
      if (connection != null) {
        pings.put(key.isEmpty() ? "default" : key, ping(key, connection.isCluster()));
      }
    }
    if (pings.isEmpty()) {
      return Health.unknown().withDetail("context", context.name())
          .withDetail("error", "the context has none of the connections " + names).build();
    }
    boolean up = true;
    Map<String, Object> details = new LinkedHashMap<>();
    for (Map.Entry<String, CompletableFuture<String>> ping : pings.entrySet()) {
      Map<String, Object> detail = new LinkedHashMap<>();
      try {
        long left = Math.max(0, deadline - System.nanoTime());
        String reply = ping.getValue().get(left, TimeUnit.NANOSECONDS);
        detail.put("status", "UP");
        detail.put("reply", reply);
      } catch (TimeoutException e) {
        up = false;
        detail.put("status", "DOWN");
        detail.put("error", "no reply within " + timeout.toMillis() + " ms");
      } catch (ExecutionException e) {
        up = false;
        detail.put("status", "DOWN");
        detail.put("error", describe(e.getCause()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        up = false;
        detail.put("status", "DOWN");
        detail.put("error", "interrupted");
      }
      details.put(ping.getKey(), detail);
    }
    return (up ? Health.up() : Health.down()).withDetail("context", context.name())
        .withDetail("connections", details).build();
  }

  private CompletableFuture<String> ping(String name, boolean cluster) {
    try (Pipeline pipe = context.pipeline(name)) {
      Future<String> reply = pipe.executeCommand(cluster
          ? new CommandObject<>(new CommandArguments(Protocol.Command.PING).key(CLUSTER_KEY),
              BuilderFactory.STRING)
          : pipe.commandObjects().ping());
      return pipe.executeAsync().thenApply(done -> reply.get());
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  private static String describe(Throwable failure) {
    List<String> parts = new ArrayList<>();
    for (Throwable t = failure; t != null && parts.size() < 3; t = t.getCause()) {
      parts.add(t.getClass().getSimpleName() + ": " + t.getMessage());
    }
    return String.join("; caused by ", parts);
  }
}

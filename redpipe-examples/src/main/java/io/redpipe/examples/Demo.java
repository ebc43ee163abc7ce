package io.redpipe.examples;

import io.redpipe.RedPipe;
import io.redpipe.examples.demo.DemoOptions;
import io.redpipe.examples.demo.DemoStep;
import io.redpipe.examples.demo.DemoTable;
import io.redpipe.examples.demo.DemoUserStruct;
import io.redpipe.examples.demo.DemoUsers;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.LatencyProxy;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisServers;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.SslOptions;
import redis.clients.jedis.util.JedisURIHelper;

/**
 * The demo the README's first command runs: why RedPipe exists, in numbers. It creates and loads
 * users once one at a time and once through one shared pipeline per step, counting the round
 * trips at the client's sockets and the commands at the server, and prints a small table.
 *
 * <p>It starts a local Redis ({@code redis-server} from the {@code PATH}, else the embedded
 * binary) unless {@code REDIS_URL} is set. Options: {@code --users N}
 * (default 1000), {@code --latency-ms X} to put a {@link LatencyProxy} adding {@code X} ms per
 * round trip (half each way) between the client and the server, as a network would.
 */
public final class Demo {
  private Demo() {}

  /** Runs the demo and exits 0, or 1 with a message for bad options or an unusable server. */
  public static void main(String[] args) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("demo: " + e.getMessage());
      System.exit(1);
      return;
    }
    String url = System.getenv("REDIS_URL");
    try (RedisServer server = url == null || url.isBlank()
        ? RedisServers.startLocal() : RedisServers.fromUrl(url)) {
      run(server, options, System.out);
    } catch (IllegalArgumentException | IllegalStateException e) {
      System.err.println("demo: " + e.getMessage());
      System.exit(1);
    }
  }

  /**
   * Runs the demo against {@code server}, printing to {@code out}; returns the measured steps:
   * create one at a time, create pipelined, load one at a time, load pipelined.
   */
  public static List<DemoStep> run(RedisServer server, DemoOptions options, PrintStream out) {
    Objects.requireNonNull(server, "server");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(out, "out");
    long nanos = Math.round(options.latencyMs() * 1_000_000 / 2);
    try (LatencyProxy proxy = nanos == 0 ? null
        : LatencyProxy.start(server.host(), server.port(), Duration.ofNanos(nanos))) {
      HostAndPort address = proxy == null ? server.hostAndPort() : proxy.hostAndPort();
      JedisClientConfig config = clientConfig(server.uri());
      CountingSocketFactory sockets = new CountingSocketFactory(address, config);
      try (RedisClient client = sockets.newClient();
          RedisClient stats = server.newClient()) {
        out.printf(Locale.ROOT, "RedPipe demo: %,d users on %s%s%n%n", options.users(), server,
            proxy == null ? "" : String.format(Locale.ROOT,
                ", through a proxy adding %s ms per round trip", trim(options.latencyMs())));
        RedPipe.connect(client);
        return measureAll(options.users(), sockets, stats, out);
      } finally {
        RedPipe.reset();
      }
    }
  }

  private static List<DemoStep> measureAll(int count, CountingSocketFactory sockets, RedisClient stats,
      PrintStream out) {
    // A short unprinted warm-up so that the JIT compiler does not bill the first step.
    steps(ids(Math.min(count, 200)), sockets, stats, new ArrayList<>());
    List<String> ids = ids(count);
    List<DemoUserStruct> loaded = new ArrayList<>();
    List<DemoStep> steps = steps(ids, sockets, stats, loaded);
    DemoTable.print(steps, out);
    DemoUserStruct last = loaded.get(loaded.size() - 1);
    out.printf(Locale.ROOT, "%nlast user loaded: %s <%s>, age %d, admin %s%n",
        last.name(), last.email(), last.age(), last.admin());
    return steps;
  }

  private static List<String> ids(int count) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      ids.add(Integer.toString(i));
    }
    return ids;
  }

  private static List<DemoStep> steps(List<String> ids, CountingSocketFactory sockets,
      RedisClient stats, List<DemoUserStruct> shared) {
    DemoUserStruct.delete(ids, null);
    List<DemoStep> steps = new ArrayList<>();
    steps.add(measure("create, one at a time", sockets, stats, () -> {
      for (String id : ids) {
        DemoUsers.create(id, "User" + id, 20 + Long.parseLong(id) % 50, null);
      }
    }));
    DemoUserStruct.delete(ids, null);
    steps.add(measure("create, one shared pipeline", sockets, stats, () -> {
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (String id : ids) {
          DemoUsers.create(id, "User" + id, 20 + Long.parseLong(id) % 50, pipe);
        }
        pipe.execute();
      }
    }));
    List<DemoUserStruct> alone = new ArrayList<>();
    steps.add(measure("load, one at a time", sockets, stats, () -> {
      for (String id : ids) {
        alone.add(DemoUsers.load(id, null));
      }
    }));
    steps.add(measure("load, one shared pipeline", sockets, stats, () -> {
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (String id : ids) {
          shared.add(DemoUsers.load(id, pipe));
        }
        pipe.execute();
      }
    }));
    checkLoaded(ids, alone, shared);
    DemoUserStruct.delete(ids, null);
    return steps;
  }

  private static DemoStep measure(String label, CountingSocketFactory sockets, RedisClient stats,
      Runnable step) {
    long commandsBefore = commandsProcessed(stats);
    long tripsBefore = sockets.roundTrips();
    long start = System.nanoTime();
    step.run();
    long elapsed = System.nanoTime() - start;
    long trips = sockets.roundTrips() - tripsBefore;
    // The second INFO also counts the first one.
    long commands = commandsProcessed(stats) - commandsBefore - 1;
    return new DemoStep(label, trips, commands, Duration.ofNanos(elapsed));
  }

  private static void checkLoaded(List<String> ids, List<DemoUserStruct> alone,
      List<DemoUserStruct> shared) {
    for (int i = 0; i < ids.size(); i++) {
      String expected = "User" + ids.get(i);
      check(expected, alone.get(i).name());
      check(expected, shared.get(i).name());
    }
  }

  private static void check(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("loaded name " + actual + ", expected " + expected
          + ": another client changed the demo:user{...} keys while the demo ran");
    }
  }

  private static long commandsProcessed(RedisClient stats) {
    for (String line : stats.info("stats").split("\r?\n")) {
      if (line.startsWith("total_commands_processed:")) {
        return Long.parseLong(line.substring("total_commands_processed:".length()).trim());
      }
    }
    throw new IllegalStateException("INFO stats has no total_commands_processed line");
  }

  private static JedisClientConfig clientConfig(URI uri) {
    DefaultJedisClientConfig.Builder config = DefaultJedisClientConfig.builder();
    if (JedisURIHelper.isRedisSSLScheme(uri)) {
      config.sslOptions(SslOptions.defaults());
    }
    ifPresent(JedisURIHelper.getUser(uri), config::user);
    ifPresent(JedisURIHelper.getPassword(uri), config::password);
    if (JedisURIHelper.hasDbIndex(uri)) {
      config.database(JedisURIHelper.getDBIndex(uri));
    }
    return config.build();
  }

  private static void ifPresent(String value, Consumer<String> setter) {
    if (value != null && !value.isEmpty()) {
      setter.accept(value);
    }
  }

  private static String trim(double millis) {
    return millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis);
  }
}

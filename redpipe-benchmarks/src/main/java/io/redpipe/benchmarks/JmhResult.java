package io.redpipe.benchmarks;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One sample-time result of JMH's JSON output ({@code -rf json}), reduced to what the report and
 * the chart show.
 *
 * @param workload the benchmark class's simple name, e.g. {@code SetGetBenchmark}
 * @param variant the benchmark method, e.g. {@code redpipeRaw}
 * @param network the {@code network} parameter
 * @param batches the {@code batches} parameter, or 0 when the benchmark has none
 * @param meanMicros mean time per operation
 * @param medianMicros median time per operation
 * @param p90Micros 90th percentile
 * @param allocBytesPerOp {@code gc.alloc.rate.norm}, or NaN without {@code -prof gc}
 */
record JmhResult(String workload, String variant, String network, int batches, double meanMicros,
    double medianMicros, double p90Micros, double allocBytesPerOp) {

  /** Reads every result of a JMH JSON file. */
  static List<JmhResult> read(Path json) throws IOException {
    Objects.requireNonNull(json, "json");
    List<JmhResult> results = new ArrayList<>();
    for (JsonElement element : JsonParser.parseString(
        Files.readString(json, StandardCharsets.UTF_8)).getAsJsonArray()) {
      JsonObject run = element.getAsJsonObject();
      if (!"sample".equals(run.get("mode").getAsString())) {
        continue;  // e.g. MillionCommandsBenchmark (single shot, reported on its own)
      }
      String[] name = run.get("benchmark").getAsString().split("\\.");
      JsonObject params = run.has("params") ? run.getAsJsonObject("params") : new JsonObject();
      JsonObject primary = run.getAsJsonObject("primaryMetric");
      if (!"us/op".equals(primary.get("scoreUnit").getAsString())) {
        throw new IllegalArgumentException(json + ": " + run.get("benchmark")
            + " is in " + primary.get("scoreUnit") + ", expected us/op (sample time)");
      }
      JsonObject percentiles = primary.getAsJsonObject("scorePercentiles");
      double alloc = Double.NaN;
      JsonObject secondary = run.getAsJsonObject("secondaryMetrics");
      if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
        alloc = secondary.getAsJsonObject("gc.alloc.rate.norm").get("score").getAsDouble();
      }
      String variant = name[name.length - 1];
      String workload = name[name.length - 2];
      if (workload.equals("StructCreateBenchmark") && variant.contains("Update")) {
        workload = UPDATE_WORKLOAD;  // its own group: updates against HSET by hand
      }
      if (!WORKLOADS.containsKey(workload)) {
        continue;  // e.g. ListenerBenchmark, reported in docs/observability.md
      }
      results.add(new JmhResult(workload, variant,
          params.has("network") ? params.get("network").getAsString() : "",
          params.has("batches") ? params.get("batches").getAsInt() : 0,
          primary.get("score").getAsDouble(),
          percentiles.get("50.0").getAsDouble(),
          percentiles.get("90.0").getAsDouble(),
          alloc));
    }
    return results;
  }

  /** The update variants of {@code StructCreateBenchmark}, a group of their own. */
  static final String UPDATE_WORKLOAD = "StructCreateBenchmark.update";

  /**
   * Whether this is the raw Jedis variant the others of its group are compared with: the Jedis
   * pipeline, or the same commands written by hand on one (the struct writes).
   */
  boolean isJedisReference() {
    return variant.equals("jedisPipeline")
        || variant.startsWith("jedis") && variant.endsWith("ByHand");
  }

  /** Redis commands one operation of {@link #workload} sends. */
  int commandsPerOp() {
    return WORKLOADS.get(workload).commands;
  }

  /** A short label of the workload (and its batching). */
  String workloadLabel() {
    String label = WORKLOADS.get(workload).label;
    return batches == 0 ? label : label + (batches == 1 ? ", 1 batch" : ", " + batches + " batches");
  }

  /** Operations per second of one thread: the inverse of the mean time. */
  double opsPerSecond() {
    return 1_000_000.0 / meanMicros;
  }

  private record Workload(String label, int commands) {}

  private static final Map<String, Workload> WORKLOADS = Map.of(
      "StructCreateBenchmark", new Workload("5. create 100 structs", 200),
      UPDATE_WORKLOAD, new Workload("6. update 100 structs", 100),
      "SetGetBenchmark", new Workload("1. 100 keys SET+GET", 200),
      "StructLoadBenchmark", new Workload("2. load 100 structs", 100),
      "ComposedBenchmark", new Workload("3. 50 composed calls", 100),
      "TwoServerBenchmark", new Workload("4. two servers", 200));
}

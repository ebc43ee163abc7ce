package io.redpipe.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the Markdown tables of docs/benchmarks.md from a JMH JSON file and, optionally, the
 * client CPU file the benchmarks append to ({@link Fixture#CPU_FILE}).
 *
 * <p>Usage: {@code ResultTable results.json [client-cpu.tsv]}.
 */
public final class ResultTable {
  private ResultTable() {}

  /** Prints the table to standard output. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: ResultTable results.json [client-cpu.tsv]");
    }
    List<JmhResult> results = JmhResult.read(Path.of(args[0]));
    Map<String, Double> cpu = args.length == 2 ? readCpu(Path.of(args[1])) : Map.of();
    System.out.println("| workload | network | variant | ops/s | median µs | p90 µs"
        + " | × Jedis pipeline | alloc B/cmd | client CPU µs/cmd |");
    System.out.println("|---|---|---|---:|---:|---:|---:|---:|---:|");
    for (JmhResult r : results) {
      double floor = floor(results, r);
      Double share = cpu.get(cpuKey(r));
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %,.0f | %,.1f | %,.1f | %s | %s | %s |%n",
          r.workloadLabel(), r.network(), r.variant(), r.opsPerSecond(), r.medianMicros(),
          r.p90Micros(),
          Double.isNaN(floor) ? "" : String.format(Locale.ROOT, "%.3f", floor / r.medianMicros()),
          Double.isNaN(r.allocBytesPerOp()) ? ""
              : String.format(Locale.ROOT, "%.0f", r.allocBytesPerOp() / r.commandsPerOp()),
          share == null ? ""
              : String.format(Locale.ROOT, "%.2f", share * r.meanMicros() / r.commandsPerOp()));
    }
  }

  /**
   * The median of the raw Jedis variant (see {@link JmhResult#isJedisReference}) in the same
   * workload, network and batching.
   */
  static double floor(List<JmhResult> results, JmhResult of) {
    for (JmhResult r : results) {
      if (r.isJedisReference() && r.workload().equals(of.workload())
          && r.network().equals(of.network())
          && (of.batches() == 0 || r.batches() == of.batches())) {
        return r.medianMicros();
      }
    }
    return Double.NaN;
  }

  private static String cpuKey(JmhResult r) {
    return r.workload() + "." + r.variant() + " network=" + r.network()
        + (r.batches() == 0 ? "" : " batches=" + r.batches());
  }

  private static Map<String, Double> readCpu(Path file) throws IOException {
    Map<String, Double> shares = new HashMap<>();
    for (String line : Files.readAllLines(file)) {
      String[] cells = line.split("\t");
      String[] name = cells[0].split("\\.");
      String network = "";
      String batches = "";
      for (int i = 1; i < cells.length - 1; i++) {
        if (cells[i].startsWith("network=")) {
          network = cells[i];
        } else if (cells[i].startsWith("batches=")) {
          batches = " " + cells[i];
        }
      }
      shares.put(name[name.length - 2] + "." + name[name.length - 1] + " " + network + batches,
          Double.parseDouble(cells[cells.length - 1]));
    }
    return shares;
  }
}

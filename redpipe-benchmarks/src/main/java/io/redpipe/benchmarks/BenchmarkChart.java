package io.redpipe.benchmarks;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws docs/benchmarks.png from JMH JSON results: one panel per network, one group of
 * horizontal bars per workload, each bar a variant's throughput relative to the raw Jedis
 * pipeline of the same group (median time of Jedis pipeline ÷ median time of the variant).
 *
 * <p>Usage: {@code BenchmarkChart out.png results.json...}; a later file's result replaces an
 * earlier one with the same workload, variant, network and batching.
 */
public final class BenchmarkChart {
  private static final List<String> VARIANTS = List.of("jedisOneAtATime", "jedisPipeline",
      "redpipeRaw", "redpipeKeyspace", "redpipeStruct", "redissonBatch", "lettuceAsync",
      "jedisCreateByHand", "redpipeStructCreate", "jedisUpdateByHand", "redpipeStructUpdate");
  private static final Color[] COLORS = {new Color(0x9e9e9e), new Color(0x424242),
      new Color(0xc62828), new Color(0xef6c00), new Color(0xf9a825), new Color(0x1565c0),
      new Color(0x2e7d32), new Color(0x424242), new Color(0xf9a825), new Color(0x424242),
      new Color(0xf9a825)};
  /** The variants the legend names; the later ones reuse their colours. */
  private static final int IN_LEGEND = 7;
  private static final int BAR = 14;
  private static final int LABEL_WIDTH = 200;
  private static final int PANEL_WIDTH = 560;

  private BenchmarkChart() {}

  /** Writes the chart. */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: BenchmarkChart out.png results.json...");
    }
    System.setProperty("java.awt.headless", "true");
    Map<String, JmhResult> merged = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      for (JmhResult r : JmhResult.read(Path.of(args[i]))) {
        merged.put(r.workload() + r.variant() + r.network() + r.batches(), r);
      }
    }
    List<JmhResult> results = new ArrayList<>(merged.values());
    List<String> networks = new ArrayList<>();
    results.forEach(r -> {
      if (!networks.contains(r.network())) {
        networks.add(r.network());
      }
    });
    Map<String, List<JmhResult>> groups = groups(results, networks.get(0));
    int rows = groups.values().stream().mapToInt(List::size).sum();
    int height = 90 + rows * (BAR + 3) + groups.size() * 26 + 60;
    int width = LABEL_WIDTH + networks.size() * (PANEL_WIDTH + 30) + 20;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
        RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, width, height);
    g.setColor(Color.BLACK);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
    g.drawString("Throughput relative to the raw Jedis pipeline (median time per operation)",
        16, 26);
    for (int n = 0; n < networks.size(); n++) {
      drawPanel(g, results, networks.get(n), LABEL_WIDTH + n * (PANEL_WIDTH + 30), n == 0);
    }
    drawLegend(g, 16, height - 24);
    g.dispose();
    ImageIO.write(image, "png", Path.of(args[0]).toFile());
  }

  private static Map<String, List<JmhResult>> groups(List<JmhResult> results, String network) {
    Map<String, List<JmhResult>> groups = new LinkedHashMap<>();
    for (String workload : List.of("SetGetBenchmark", "StructLoadBenchmark", "ComposedBenchmark",
        "TwoServerBenchmark", "StructCreateBenchmark", JmhResult.UPDATE_WORKLOAD)) {
      for (int batches : new int[] {0, 1, 10}) {
        List<JmhResult> group = new ArrayList<>();
        for (String variant : VARIANTS) {
          for (JmhResult r : results) {
            boolean oneAtATimeInBatchGroup = batches > 0 && r.batches() == 0
                && r.variant().equals("jedisOneAtATime");
            if (r.workload().equals(workload) && r.network().equals(network)
                && r.variant().equals(variant)
                && (r.batches() == batches || oneAtATimeInBatchGroup)) {
              group.add(r);
            }
          }
        }
        if (group.stream().anyMatch(r -> r.batches() == batches)) {
          JmhResult first = group.stream().filter(r -> r.batches() == batches).findFirst()
              .orElseThrow();
          groups.put(first.workloadLabel(), group);
        }
      }
    }
    return groups;
  }

  private static void drawPanel(Graphics2D g, List<JmhResult> results, String network, int x,
      boolean labels) {
    Map<String, List<JmhResult>> groups = groups(results, network);
    double max = 1.2;
    for (List<JmhResult> group : groups.values()) {
      for (JmhResult r : group) {
        max = Math.max(max, ResultTable.floor(results, r) / r.medianMicros());
      }
    }
    int barsWidth = PANEL_WIDTH - 60;
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    g.setColor(Color.BLACK);
    g.drawString("loopback".equals(network) ? "loopback" : network + " (1 ms round trip)", x,
        54);
    int y = 70;
    int top = y;
    for (Map.Entry<String, List<JmhResult>> group : groups.entrySet()) {
      if (labels) {
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 12));
        g.setColor(Color.BLACK);
        g.drawString(group.getKey(), 16, y + 14);
      }
      y += 20;
      for (JmhResult r : group.getValue()) {
        double ratio = ResultTable.floor(results, r) / r.medianMicros();
        int length = (int) Math.max(1, Math.round(barsWidth * ratio / max));
        g.setColor(COLORS[VARIANTS.indexOf(r.variant())]);
        g.fillRect(x, y, length, BAR);
        g.setColor(Color.DARK_GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        g.drawString(String.format(Locale.ROOT, "%.2f×  (%s)", ratio,
            micros(r.medianMicros())), x + length + 4, y + BAR - 3);
        y += BAR + 3;
      }
      y += 6;
    }
    int one = x + (int) Math.round(barsWidth / max);
    g.setColor(new Color(0, 0, 0, 120));
    g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
        new float[] {4, 4}, 0));
    g.drawLine(one, top, one, y);
    g.setStroke(new BasicStroke(1));
    g.drawString("1.0 = Jedis pipeline (by hand for struct writes)", one - 40, y + 14);
  }

  private static String micros(double micros) {
    return micros >= 1000 ? String.format(Locale.ROOT, "%.1f ms", micros / 1000)
        : String.format(Locale.ROOT, "%.0f µs", micros);
  }

  private static void drawLegend(Graphics2D g, int x, int y) {
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    for (int i = 0; i < IN_LEGEND; i++) {  // the struct-write variants share colours above
      g.setColor(COLORS[i]);
      g.fillRect(x, y - 10, 12, 12);
      g.setColor(Color.BLACK);
      g.drawString(VARIANTS.get(i), x + 16, y);
      x += 30 + g.getFontMetrics().stringWidth(VARIANTS.get(i));
    }
  }
}

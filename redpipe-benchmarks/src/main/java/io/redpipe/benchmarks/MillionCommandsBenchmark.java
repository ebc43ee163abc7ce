package io.redpipe.benchmarks;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Workload 6: one execute of 1,000,000 commands (500,000 × SET + GET over 1,000 keys): the heap
 * held per queued command before it is sent (retained after a full GC, so only what the queue
 * keeps), and the peak heap of the whole operation, for a Jedis pipeline and a RedPipe root.
 * Reported as the auxiliary counters {@code heldBytesPerCommand} and {@code peakHeapMegabytes}
 * (one operation per iteration). Run with a fixed heap, e.g. {@code -jvmArgs -Xmx2g}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class MillionCommandsBenchmark {
  static final int COMMANDS = 1_000_000;
  private static final int KEYS = 1_000;
  private static final String[] KEY = new String[KEYS];
  private static final String[] VALUE = new String[KEYS];

  static {
    for (int i = 0; i < KEYS; i++) {
      KEY[i] = "m{" + i + "}";
      VALUE[i] = "value-" + i;
    }
  }

  /** What one operation measured. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Heap {
    /** Heap retained by the queued commands, per command, before the execute. */
    public double heldBytesPerCommand;
    /** The highest heap use of the operation (sum of the heap pools' peaks), in MiB. */
    public double peakHeapMegabytes;

    private long baseline;

    /** Starts each operation from a collected heap. */
    @Setup(Level.Invocation)
    public void reset() {
      heldBytesPerCommand = 0;
      peakHeapMegabytes = 0;
      baseline = collectedHeap();
      for (MemoryPoolMXBean pool : heapPools()) {
        pool.resetPeakUsage();
      }
    }

    void queued() {
      heldBytesPerCommand = (collectedHeap() - baseline) / (double) COMMANDS;
    }

    void done() {
      long peak = 0;
      for (MemoryPoolMXBean pool : heapPools()) {
        peak += pool.getPeakUsage().getUsed();
      }
      peakHeapMegabytes = peak / (1024.0 * 1024.0);
    }

    private static List<MemoryPoolMXBean> heapPools() {
      List<MemoryPoolMXBean> pools = new ArrayList<>();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          pools.add(pool);
        }
      }
      return pools;
    }

    private static long collectedHeap() {
      for (int i = 0; i < 3; i++) {
        System.gc();
      }
      return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
  }

  /** A Jedis pipeline: queued commands are written out as they are queued. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Heap heap, Blackhole bh) {
    List<Response<String>> gets = new ArrayList<>(COMMANDS / 2);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < COMMANDS / 2; i++) {
        pipe.set(KEY[i % KEYS], VALUE[i % KEYS]);
        gets.add(pipe.get(KEY[i % KEYS]));
      }
      heap.queued();
      pipe.sync();
    }
    bh.consume(gets.get(gets.size() - 1).get());
    heap.done();
  }

  /** A RedPipe root pipeline: the commands are kept until execute sends them in one batch. */
  @Benchmark
  public void redpipeRaw(RedPipeConnections redpipe, Heap heap, Blackhole bh) {
    List<Future<String>> gets = new ArrayList<>(COMMANDS / 2);
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < COMMANDS / 2; i++) {
        pipe.set(KEY[i % KEYS], VALUE[i % KEYS]);
        gets.add(pipe.get(KEY[i % KEYS]));
      }
      heap.queued();
      pipe.execute();
    }
    bh.consume(gets.get(gets.size() - 1).get());
    heap.done();
  }
}

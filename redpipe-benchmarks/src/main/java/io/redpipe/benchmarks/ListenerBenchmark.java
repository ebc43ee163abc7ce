package io.redpipe.benchmarks;

import static io.redpipe.benchmarks.Workload.KEY;
import static io.redpipe.benchmarks.Workload.KEYS;
import static io.redpipe.benchmarks.Workload.VALUE;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.redpipe.RedPipeContext;
import io.redpipe.futures.Future;
import io.redpipe.micrometer.RedPipeMetrics;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.Response;

/**
 * What observing costs: workload 1 (100 × SET + GET in one batch) on a context without
 * listeners, on one with {@link RedPipeMetrics} bound to a {@link SimpleMeterRegistry}, and on
 * raw Jedis for the ratio.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ListenerBenchmark {
  /** Two contexts on the first server: one plain, one measured. */
  @State(Scope.Benchmark)
  public static class Contexts {
    RedisClient client;
    RedPipeContext plain;
    RedPipeContext measured;

    /** Connects both contexts. */
    @Setup(Level.Trial)
    public void connect(Fixture fixture) {
      client = JedisClients.create(fixture.a());
      plain = RedPipeContext.builder().name("plain").build();
      plain.connect(null, client, false, RedisProtocol.RESP2);
      RedPipeMetrics metrics = RedPipeMetrics.builder().build();
      metrics.bindTo(new SimpleMeterRegistry());
      measured = RedPipeContext.builder().name("measured").listener(metrics).build();
      measured.connect(null, client, false, RedisProtocol.RESP2);
    }

    /** Closes the contexts and the client. */
    @TearDown(Level.Trial)
    public void close() {
      plain.close();
      measured.close();
      client.close();
    }
  }

  /** Raw Jedis pipeline. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Blackhole bh) {
    List<Response<String>> gets = new ArrayList<>(KEYS);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < KEYS; i++) {
        pipe.set(KEY[i], VALUE[i]);
        gets.add(pipe.get(KEY[i]));
      }
      pipe.sync();
    }
    for (Response<String> get : gets) {
      bh.consume(get.get());
    }
  }

  /** A context with no listener: nothing is recorded. */
  @Benchmark
  public void redpipeNoListener(Contexts contexts, Blackhole bh) {
    run(contexts.plain, bh);
  }

  /** A context with the Micrometer listener. */
  @Benchmark
  public void redpipeMicrometer(Contexts contexts, Blackhole bh) {
    run(contexts.measured, bh);
  }

  private static void run(RedPipeContext context, Blackhole bh) {
    List<Future<String>> gets = new ArrayList<>(KEYS);
    try (Pipeline pipe = context.pipeline()) {
      for (int i = 0; i < KEYS; i++) {
        pipe.set(KEY[i], VALUE[i]);
        gets.add(pipe.get(KEY[i]));
      }
      pipe.execute();
    }
    for (Future<String> get : gets) {
      bh.consume(get.get());
    }
  }
}

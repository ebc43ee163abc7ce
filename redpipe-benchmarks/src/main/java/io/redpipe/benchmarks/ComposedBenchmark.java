package io.redpipe.benchmarks;

import static io.redpipe.benchmarks.Workload.CALLS;
import static io.redpipe.benchmarks.Workload.COUNTER_ID;
import static io.redpipe.benchmarks.Workload.COUNTER_KEY;
import static io.redpipe.benchmarks.Workload.COUNTER_TTL_SECONDS;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.redisson.api.RAtomicLongAsync;
import org.redisson.api.RBatch;
import org.redisson.api.RFuture;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;

/**
 * Workload 3: 50 calls of a small reusable function ("count a visit": INCR then EXPIRE, 2
 * commands) composed into one root pipeline per operation, 100 commands.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ComposedBenchmark {
  private static final Duration TTL = Duration.ofSeconds(COUNTER_TTL_SECONDS);

  /** Raw Jedis, each call doing its own two round trips. */
  @Benchmark
  public void jedisOneAtATime(JedisClients jedis, Blackhole bh) {
    for (int i = 0; i < CALLS; i++) {
      bh.consume(countVisit(jedis.a, i));
    }
  }

  /** Raw Jedis pipeline handed to the function, which returns a {@code Response}. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Blackhole bh) {
    List<Response<Long>> counts = new ArrayList<>(CALLS);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < CALLS; i++) {
        counts.add(countVisit(pipe, i));
      }
      pipe.sync();
    }
    for (Response<Long> count : counts) {
      bh.consume(count.get());
    }
  }

  /** RedPipe: the function nests its own pipeline in the caller's with {@code autoexec}. */
  @Benchmark
  public void redpipeRaw(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<Long>> counts = new ArrayList<>(CALLS);
    try (Pipeline root = RedPipe.pipeline()) {
      for (int i = 0; i < CALLS; i++) {
        counts.add(countVisit(root, i));
      }
      root.execute();
    }
    for (Future<Long> count : counts) {
      bh.consume(count.get());
    }
  }

  /** RedPipe typed keyspace: the function binds {@code VisitsKeyspace} to its nested pipeline. */
  @Benchmark
  public void redpipeKeyspace(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<Long>> counts = new ArrayList<>(CALLS);
    try (Pipeline root = RedPipe.pipeline()) {
      for (int i = 0; i < CALLS; i++) {
        counts.add(countVisitTyped(root, COUNTER_ID[i]));
      }
      root.execute();
    }
    for (Future<Long> count : counts) {
      bh.consume(count.get());
    }
  }

  /** Redisson: the function queues on the caller's {@code RBatch}. */
  @Benchmark
  public void redissonBatch(RedissonClients redisson, Blackhole bh) {
    List<RFuture<Long>> counts = new ArrayList<>(CALLS);
    RBatch batch = redisson.a.createBatch();
    for (int i = 0; i < CALLS; i++) {
      counts.add(countVisit(batch, i));
    }
    batch.execute();
    for (RFuture<Long> count : counts) {
      bh.consume(RedissonClients.value(count));
    }
  }

  /** Lettuce: the function queues async commands; the caller flushes once. */
  @Benchmark
  public void lettuceAsync(LettuceClients lettuce, Blackhole bh) {
    RedisAsyncCommands<String, String> commands = lettuce.a.async();
    List<RedisFuture<Long>> counts = new ArrayList<>(CALLS);
    for (int i = 0; i < CALLS; i++) {
      counts.add(countVisit(commands, i));
    }
    lettuce.a.flushCommands();
    for (RedisFuture<Long> count : counts) {
      bh.consume(LettuceClients.await(count));
    }
  }

  static long countVisit(UnifiedJedis jedis, int i) {
    long count = jedis.incr(COUNTER_KEY[i]);
    jedis.expire(COUNTER_KEY[i], COUNTER_TTL_SECONDS);
    return count;
  }

  static Response<Long> countVisit(AbstractPipeline pipe, int i) {
    Response<Long> count = pipe.incr(COUNTER_KEY[i]);
    pipe.expire(COUNTER_KEY[i], COUNTER_TTL_SECONDS);
    return count;
  }

  static Future<Long> countVisit(Pipeline parent, int i) {
    return RedPipe.autoexec(parent, pipe -> {
      Future<Long> count = pipe.incr(COUNTER_KEY[i]);
      pipe.expire(COUNTER_KEY[i], COUNTER_TTL_SECONDS);
      return count;
    });
  }

  static Future<Long> countVisitTyped(Pipeline parent, String id) {
    return RedPipe.autoexec(parent, pipe -> {
      VisitsKeyspace visits = VisitsKeyspace.of(pipe);
      Future<Long> count = visits.incr(id);
      visits.expire(id, COUNTER_TTL_SECONDS);
      return count;
    });
  }

  static RFuture<Long> countVisit(RBatch batch, int i) {
    RAtomicLongAsync counter = batch.getAtomicLong(COUNTER_KEY[i]);
    RFuture<Long> count = counter.incrementAndGetAsync();
    counter.expireAsync(TTL);
    return count;
  }

  static RedisFuture<Long> countVisit(RedisAsyncCommands<String, String> commands, int i) {
    RedisFuture<Long> count = commands.incr(COUNTER_KEY[i]);
    commands.expire(COUNTER_KEY[i], COUNTER_TTL_SECONDS);
    return count;
  }
}

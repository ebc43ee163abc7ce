package io.redpipe.benchmarks;

import static io.redpipe.benchmarks.Workload.KEY;
import static io.redpipe.benchmarks.Workload.KEY_ID;
import static io.redpipe.benchmarks.Workload.KEYS;
import static io.redpipe.benchmarks.Workload.VALUE;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
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
import org.redisson.api.RBatch;
import org.redisson.api.RBucketAsync;
import org.redisson.api.RFuture;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Workload 1: 100 keys × (SET + GET) per operation, 200 commands, sent as one batch or as 10
 * batches of 10 keys ({@link Batching}); one operation is one call.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SetGetBenchmark {
  /** Raw Jedis, one command and one round trip at a time. */
  @Benchmark
  public void jedisOneAtATime(JedisClients jedis, Blackhole bh) {
    for (int i = 0; i < KEYS; i++) {
      bh.consume(jedis.a.set(KEY[i], VALUE[i]));
      bh.consume(jedis.a.get(KEY[i]));
    }
  }

  /** Raw Jedis pipeline: the floor for RedPipe's overhead. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Batching batching, Blackhole bh) {
    int size = batching.keysPerBatch();
    for (int start = 0; start < KEYS; start += size) {
      List<Response<String>> gets = new ArrayList<>(size);
      try (AbstractPipeline pipe = jedis.a.pipelined()) {
        for (int i = start; i < start + size; i++) {
          pipe.set(KEY[i], VALUE[i]);
          gets.add(pipe.get(KEY[i]));
        }
        pipe.sync();
      }
      for (Response<String> get : gets) {
        bh.consume(get.get());
      }
    }
  }

  /** RedPipe root pipeline with the raw command surface. */
  @Benchmark
  public void redpipeRaw(RedPipeConnections redpipe, Batching batching, Blackhole bh) {
    int size = batching.keysPerBatch();
    for (int start = 0; start < KEYS; start += size) {
      List<Future<String>> gets = new ArrayList<>(size);
      try (Pipeline pipe = RedPipe.pipeline()) {
        for (int i = start; i < start + size; i++) {
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

  /** RedPipe typed keyspace ({@code ItemKeyspace}, TEXT values) bound to a root pipeline. */
  @Benchmark
  public void redpipeKeyspace(RedPipeConnections redpipe, Batching batching, Blackhole bh) {
    int size = batching.keysPerBatch();
    for (int start = 0; start < KEYS; start += size) {
      List<Future<String>> gets = new ArrayList<>(size);
      try (Pipeline pipe = RedPipe.pipeline()) {
        ItemKeyspace items = ItemKeyspace.of(pipe);
        for (int i = start; i < start + size; i++) {
          items.set(KEY_ID[i], VALUE[i]);
          gets.add(items.get(KEY_ID[i]));
        }
        pipe.execute();
      }
      for (Future<String> get : gets) {
        bh.consume(get.get());
      }
    }
  }

  /** Redisson: one {@code RBatch} per batch, a bucket per key. */
  @Benchmark
  public void redissonBatch(RedissonClients redisson, Batching batching, Blackhole bh) {
    int size = batching.keysPerBatch();
    for (int start = 0; start < KEYS; start += size) {
      List<RFuture<String>> gets = new ArrayList<>(size);
      RBatch batch = redisson.a.createBatch();
      for (int i = start; i < start + size; i++) {
        RBucketAsync<String> bucket = batch.getBucket(KEY[i]);
        bucket.setAsync(VALUE[i]);
        gets.add(bucket.getAsync());
      }
      batch.execute();
      for (RFuture<String> get : gets) {
        bh.consume(RedissonClients.value(get));
      }
    }
  }

  /** Lettuce async commands, automatic flushing off, one {@code flushCommands()} per batch. */
  @Benchmark
  public void lettuceAsync(LettuceClients lettuce, Batching batching, Blackhole bh) {
    int size = batching.keysPerBatch();
    RedisAsyncCommands<String, String> commands = lettuce.a.async();
    for (int start = 0; start < KEYS; start += size) {
      List<RedisFuture<String>> gets = new ArrayList<>(size);
      for (int i = start; i < start + size; i++) {
        commands.set(KEY[i], VALUE[i]);
        gets.add(commands.get(KEY[i]));
      }
      lettuce.a.flushCommands();
      for (RedisFuture<String> get : gets) {
        bh.consume(LettuceClients.await(get));
      }
    }
  }
}

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
 * Workload 4: one operation spanning two servers: keys 0-49 (SET + GET) on the first, keys 50-99
 * on the second, 200 commands in one execute.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TwoServerBenchmark {
  private static final int HALF = KEYS / 2;

  /** Raw Jedis, one command at a time on each server. */
  @Benchmark
  public void jedisOneAtATime(JedisClients jedis, Blackhole bh) {
    for (int i = 0; i < KEYS; i++) {
      var client = i < HALF ? jedis.a : jedis.b;
      bh.consume(client.set(KEY[i], VALUE[i]));
      bh.consume(client.get(KEY[i]));
    }
  }

  /** Raw Jedis: a pipeline per server, synced one after the other. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Blackhole bh) {
    List<Response<String>> gets = new ArrayList<>(KEYS);
    try (AbstractPipeline pipeA = jedis.a.pipelined();
         AbstractPipeline pipeB = jedis.b.pipelined()) {
      for (int i = 0; i < KEYS; i++) {
        AbstractPipeline pipe = i < HALF ? pipeA : pipeB;
        pipe.set(KEY[i], VALUE[i]);
        gets.add(pipe.get(KEY[i]));
      }
      pipeA.sync();
      pipeB.sync();
    }
    for (Response<String> get : gets) {
      bh.consume(get.get());
    }
  }

  /** RedPipe: a root on the first server with a nested pipeline on connection "b". */
  @Benchmark
  public void redpipeRaw(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<String>> gets = new ArrayList<>(KEYS);
    try (Pipeline root = RedPipe.pipeline();
         Pipeline onB = RedPipe.pipeline(root, RedPipeConnections.B)) {
      for (int i = 0; i < KEYS; i++) {
        Pipeline pipe = i < HALF ? root : onB;
        pipe.set(KEY[i], VALUE[i]);
        gets.add(pipe.get(KEY[i]));
      }
      onB.execute();
      root.execute();
    }
    for (Future<String> get : gets) {
      bh.consume(get.get());
    }
  }

  /** RedPipe typed keyspaces, one per connection, both bound to one root pipeline. */
  @Benchmark
  public void redpipeKeyspace(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<String>> gets = new ArrayList<>(KEYS);
    try (Pipeline root = RedPipe.pipeline()) {
      ItemKeyspace onA = ItemKeyspace.of(root);
      ItemOnBKeyspace onB = ItemOnBKeyspace.of(root);
      for (int i = 0; i < HALF; i++) {
        onA.set(KEY_ID[i], VALUE[i]);
        gets.add(onA.get(KEY_ID[i]));
      }
      for (int i = HALF; i < KEYS; i++) {
        onB.set(KEY_ID[i], VALUE[i]);
        gets.add(onB.get(KEY_ID[i]));
      }
      root.execute();
    }
    for (Future<String> get : gets) {
      bh.consume(get.get());
    }
  }

  /** Redisson: a batch per server, both executed asynchronously, then awaited. */
  @Benchmark
  public void redissonBatch(RedissonClients redisson, Blackhole bh) {
    List<RFuture<String>> gets = new ArrayList<>(KEYS);
    RBatch batchA = redisson.a.createBatch();
    RBatch batchB = redisson.b.createBatch();
    for (int i = 0; i < KEYS; i++) {
      RBucketAsync<String> bucket = (i < HALF ? batchA : batchB).getBucket(KEY[i]);
      bucket.setAsync(VALUE[i]);
      gets.add(bucket.getAsync());
    }
    var doneA = batchA.executeAsync();
    var doneB = batchB.executeAsync();
    RedissonClients.value(doneA);
    RedissonClients.value(doneB);
    for (RFuture<String> get : gets) {
      bh.consume(RedissonClients.value(get));
    }
  }

  /** Lettuce: a connection per server, both flushed, then awaited. */
  @Benchmark
  public void lettuceAsync(LettuceClients lettuce, Blackhole bh) {
    RedisAsyncCommands<String, String> onA = lettuce.a.async();
    RedisAsyncCommands<String, String> onB = lettuce.b.async();
    List<RedisFuture<String>> gets = new ArrayList<>(KEYS);
    for (int i = 0; i < KEYS; i++) {
      RedisAsyncCommands<String, String> commands = i < HALF ? onA : onB;
      commands.set(KEY[i], VALUE[i]);
      gets.add(commands.get(KEY[i]));
    }
    lettuce.a.flushCommands();
    lettuce.b.flushCommands();
    for (RedisFuture<String> get : gets) {
      bh.consume(LettuceClients.await(get));
    }
  }
}

package io.redpipe.benchmarks;

import static io.redpipe.benchmarks.Workload.USERS;
import static io.redpipe.benchmarks.Workload.USER_ID;
import static io.redpipe.benchmarks.Workload.USER_KEY;
import static io.redpipe.benchmarks.Workload.USER_KEY_BYTES;

import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.redisson.api.RFuture;
import org.redisson.client.codec.ByteArrayCodec;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Workload 2: 100 user hashes loaded per operation (HGETALL each) and decoded into typed values
 * (TEXT, INTEGER, FLOAT, BOOLEAN), in one round trip except for the one-at-a-time variant.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StructLoadBenchmark {
  /** Raw Jedis, one HGETALL and one round trip at a time. */
  @Benchmark
  public void jedisOneAtATime(JedisClients jedis, Blackhole bh) {
    for (int i = 0; i < USERS; i++) {
      bh.consume(Workload.decodeUser(jedis.a.hgetAll(USER_KEY_BYTES[i])));
    }
  }

  /** Raw Jedis pipeline, decoded after {@code sync()}. */
  @Benchmark
  public void jedisPipeline(JedisClients jedis, Blackhole bh) {
    List<Response<Map<byte[], byte[]>>> replies = new ArrayList<>(USERS);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < USERS; i++) {
        replies.add(pipe.hgetAll(USER_KEY_BYTES[i]));
      }
      pipe.sync();
    }
    for (Response<Map<byte[], byte[]>> reply : replies) {
      bh.consume(Workload.decodeUser(reply.get()));
    }
  }

  /** RedPipe raw pipeline: HGETALL futures mapped through the same decoder. */
  @Benchmark
  public void redpipeRaw(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<Map<String, Object>>> users = new ArrayList<>(USERS);
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < USERS; i++) {
        users.add(pipe.hgetAll(USER_KEY_BYTES[i]).map(Workload::decodeUser));
      }
      pipe.execute();
    }
    for (Future<Map<String, Object>> user : users) {
      bh.consume(user.get());
    }
  }

  /** RedPipe typed keyspace: {@code UserKeyspace.view(id)}, HGETALL decoded per the schema. */
  @Benchmark
  public void redpipeKeyspace(RedPipeConnections redpipe, Blackhole bh) {
    List<Future<User>> users = new ArrayList<>(USERS);
    try (Pipeline pipe = RedPipe.pipeline()) {
      UserKeyspace keyspace = UserKeyspace.of(pipe);
      for (int i = 0; i < USERS; i++) {
        users.add(keyspace.view(USER_ID[i]));
      }
      pipe.execute();
    }
    for (Future<User> user : users) {
      bh.consume(user.get());
    }
  }

  /**
   * RedPipe struct: {@code UserStruct.load(id, pipe)} for each user (HGETALL decoded into the
   * struct's local copy per the schema) in one execute.
   */
  @Benchmark
  public void redpipeStruct(RedPipeConnections redpipe, Blackhole bh) {
    List<UserStruct> users = new ArrayList<>(USERS);
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < USERS; i++) {
        users.add(UserStruct.load(USER_ID[i], pipe));
      }
      pipe.execute();
    }
    for (UserStruct user : users) {
      bh.consume(user);
    }
  }

  /** Redisson: one {@code RBatch} of {@code readAllMapAsync} with the byte-array codec. */
  @Benchmark
  public void redissonBatch(RedissonClients redisson, Blackhole bh) {
    List<RFuture<Map<Object, Object>>> replies = new ArrayList<>(USERS);
    RBatch batch = redisson.a.createBatch();
    for (int i = 0; i < USERS; i++) {
      replies.add(batch.getMap(USER_KEY[i], ByteArrayCodec.INSTANCE).readAllMapAsync());
    }
    batch.execute();
    for (RFuture<Map<Object, Object>> reply : replies) {
      bh.consume(Workload.decodeUserObjects(RedissonClients.value(reply)));
    }
  }

  /** Lettuce async HGETALL with the byte-array codec, one flush. */
  @Benchmark
  public void lettuceAsync(LettuceClients lettuce, Blackhole bh) {
    RedisAsyncCommands<byte[], byte[]> commands = lettuce.bytesA.async();
    List<RedisFuture<Map<byte[], byte[]>>> replies = new ArrayList<>(USERS);
    for (int i = 0; i < USERS; i++) {
      replies.add(commands.hgetall(USER_KEY_BYTES[i]));
    }
    lettuce.bytesA.flushCommands();
    for (RedisFuture<Map<byte[], byte[]>> reply : replies) {
      bh.consume(Workload.decodeUser(LettuceClients.await(reply)));
    }
  }
}

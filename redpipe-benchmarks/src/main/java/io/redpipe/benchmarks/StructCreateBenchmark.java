package io.redpipe.benchmarks;

import static io.redpipe.benchmarks.Workload.USERS;
import static io.redpipe.benchmarks.Workload.USER_ID;
import static io.redpipe.benchmarks.Workload.USER_KEY_BYTES;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.pipelines.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.Response;

/**
 * Workload 5: writing 100 user hashes (5 typed fields) per operation in one round trip, each
 * read back: RedPipe's generated {@code UserStruct.create} (HSET + HGETALL per struct, the
 * struct decoded) against the same HSET + HGETALL written by hand on a Jedis pipeline (values
 * encoded with the same codecs, replies decoded into typed maps); and {@code update} of two
 * fields (HSET) against HSET by hand.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StructCreateBenchmark {
  private static final String[] NAME = new String[USERS];
  private static final String[] EMAIL = new String[USERS];
  private static final byte[] NAME_FIELD = "name".getBytes(StandardCharsets.UTF_8);
  private static final byte[] EMAIL_FIELD = "email".getBytes(StandardCharsets.UTF_8);
  private static final byte[] AGE_FIELD = "age".getBytes(StandardCharsets.UTF_8);
  private static final byte[] SCORE_FIELD = "score".getBytes(StandardCharsets.UTF_8);
  private static final byte[] ACTIVE_FIELD = "active".getBytes(StandardCharsets.UTF_8);

  static {
    for (int i = 0; i < USERS; i++) {
      NAME[i] = "user " + i;
      EMAIL[i] = "user" + i + "@example.com";
    }
  }

  /** HSET of the five encoded fields and HGETALL per user on a Jedis pipeline, decoded. */
  @Benchmark
  public void jedisCreateByHand(JedisClients jedis, Blackhole bh) {
    List<Response<Map<byte[], byte[]>>> replies = new ArrayList<>(USERS);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < USERS; i++) {
        Map<byte[], byte[]> hash = new LinkedHashMap<>();
        hash.put(NAME_FIELD, Codecs.TEXT.encode(NAME[i]));
        hash.put(EMAIL_FIELD, Codecs.TEXT.encode(EMAIL[i]));
        hash.put(AGE_FIELD, Codecs.INTEGER.encode(20L + i % 50));
        hash.put(SCORE_FIELD, Codecs.FLOAT.encode(i * 1.25));
        hash.put(ACTIVE_FIELD, Codecs.BOOLEAN.encode(i % 2 == 0));
        pipe.hset(USER_KEY_BYTES[i], hash);
        replies.add(pipe.hgetAll(USER_KEY_BYTES[i]));
      }
      pipe.sync();
    }
    for (Response<Map<byte[], byte[]>> reply : replies) {
      bh.consume(Workload.decodeUser(reply.get()));
    }
  }

  /** {@code UserStruct.create(UserStruct.with(id)..., pipe)} per user, one execute. */
  @Benchmark
  public void redpipeStructCreate(RedPipeConnections redpipe, Blackhole bh) {
    List<UserStruct> users = new ArrayList<>(USERS);
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < USERS; i++) {
        users.add(UserStruct.create(UserStruct.with(USER_ID[i]).name(NAME[i]).email(EMAIL[i])
            .age(20L + i % 50).score(i * 1.25).active(i % 2 == 0), pipe));
      }
      pipe.execute();
    }
    for (UserStruct user : users) {
      bh.consume(user);
    }
  }

  /** HSET of two encoded fields per user on a Jedis pipeline. */
  @Benchmark
  public void jedisUpdateByHand(JedisClients jedis, Blackhole bh) {
    List<Response<Long>> replies = new ArrayList<>(USERS);
    try (AbstractPipeline pipe = jedis.a.pipelined()) {
      for (int i = 0; i < USERS; i++) {
        Map<byte[], byte[]> hash = new LinkedHashMap<>();
        hash.put(AGE_FIELD, Codecs.INTEGER.encode(21L + i % 50));
        hash.put(ACTIVE_FIELD, Codecs.BOOLEAN.encode(i % 2 != 0));
        replies.add(pipe.hset(USER_KEY_BYTES[i], hash));
      }
      pipe.sync();
    }
    for (Response<Long> reply : replies) {
      bh.consume(reply.get());
    }
  }

  /** The 100 structs the update variant changes, held across operations as an application would. */
  @State(Scope.Thread)
  public static class HeldUsers {
    final UserStruct[] users = new UserStruct[USERS];

    /** Makes a local struct (a stub: no I/O) for each user. */
    @Setup(Level.Trial)
    public void stubs() {
      for (int i = 0; i < USERS; i++) {
        users[i] = UserStruct.stub(USER_ID[i]);
      }
    }
  }

  /**
   * {@code user.update(UserStruct.changes().age(...).active(...), pipe)} on 100 structs held
   * locally, one execute; the structs' local copies change after it.
   */
  @Benchmark
  public void redpipeStructUpdate(RedPipeConnections redpipe, HeldUsers held, Blackhole bh) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < USERS; i++) {
        held.users[i].update(UserStruct.changes().age(21L + i % 50).active(i % 2 != 0), pipe);
      }
      pipe.execute();
    }
    bh.consume(held.users);
  }
}

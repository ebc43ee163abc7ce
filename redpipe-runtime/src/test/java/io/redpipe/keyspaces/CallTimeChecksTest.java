package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeException;
import io.redpipe.codecs.Codecs;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.args.GeoUnit;
import redis.clients.jedis.args.ListDirection;

/**
 * Every call-time check of the keyspaces (invalid option combinations, calls Redis would reject
 * for want of an argument, values that cannot be stored) fails before anything is queued: the
 * shared pipeline still holds no command and nothing reaches the server.
 */
@RedisTest
class CallTimeChecksTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("CT", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> OTHER = KeyspaceSpec.of("CT2", null, Codecs.TEXT);

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  /** Asserts {@code call} throws {@code type} naming the key {@code CT{bad}}, queueing nothing. */
  private static void rejected(Pipeline pipe, Class<? extends RedPipeException> type, Executable call) {
    RedPipeException error = assertThrows(type, call);
    assertTrue(error.getMessage().contains("CT{bad}"), error.getMessage());
    assertTrue(pipe.toString().contains("(0 queued"), pipe.toString());
  }

  @Test
  void invalidCallsQueueNothing(RedisClient client) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      StringKeyspace<String> strings = new StringKeyspace<>(SPEC, pipe);
      SetKeyspace<String> sets = new SetKeyspace<>(SPEC, pipe);
      ListKeyspace<String> lists = new ListKeyspace<>(SPEC, pipe);
      SortedSetKeyspace<String> zsets = new SortedSetKeyspace<>(SPEC, pipe);
      HashKeyspace hashes = new HashKeyspace(HashSchema.builder("CT").field("n", Codecs.INTEGER).build(), pipe);
      GeoKeyspace<String> geo = new GeoKeyspace<>(SPEC, pipe);
      HyperLogLogKeyspace<String> hll = new HyperLogLogKeyspace<>(SPEC, pipe);

      rejected(pipe, InvalidOperation.class, () -> strings.set("bad", "v", null, null, true, true));
      rejected(pipe, InvalidOperation.class, () -> strings.set("bad", "v", 1L, 1L, false, false));
      rejected(pipe, InvalidValue.class, () -> strings.set("bad", null));
      rejected(pipe, InvalidOperation.class, () -> sets.sadd("bad"));
      rejected(pipe, InvalidOperation.class, () -> sets.srem("bad"));
      rejected(pipe, InvalidOperation.class, () -> sets.smismember("bad"));
      rejected(pipe, InvalidOperation.class, () -> lists.lpush("bad"));
      rejected(pipe, InvalidOperation.class, () -> lists.rpush("bad"));
      rejected(pipe, InvalidOperation.class, () -> lists.lpushx("bad"));
      rejected(pipe, InvalidOperation.class, () -> lists.rpushx("bad"));
      rejected(pipe, InvalidValue.class, () -> lists.rpush("bad", "a", null));
      rejected(pipe, InvalidOperation.class, () -> zsets.zadd("bad", "m", 1, ZAddOption.NX, ZAddOption.XX));
      rejected(pipe, InvalidOperation.class, () -> zsets.zadd("bad", "m", 1, ZAddOption.GT, ZAddOption.LT));
      rejected(pipe, InvalidOperation.class, () -> zsets.zadd("bad", "m", 1, ZAddOption.NX, ZAddOption.LT));
      rejected(pipe, InvalidOperation.class, () -> zsets.zaddIncr("bad", "m", 1, ZAddOption.NX, ZAddOption.GT));
      rejected(pipe, InvalidOperation.class, () -> zsets.zadd("bad", Map.of()));
      rejected(pipe, InvalidValue.class, () -> zsets.zadd("bad", "m", Double.NaN));
      rejected(pipe, InvalidValue.class, () -> zsets.zadd("bad", Map.of("m", Double.NaN)));
      rejected(pipe, InvalidValue.class, () -> zsets.zincrby("bad", "m", Double.NaN));
      rejected(pipe, InvalidValue.class, () -> zsets.zaddIncr("bad", "m", Double.NaN));
      rejected(pipe, InvalidOperation.class, () -> zsets.zrem("bad"));
      rejected(pipe, InvalidOperation.class, () -> zsets.zmscore("bad"));
      rejected(pipe, InvalidOperation.class, () -> hashes.hdel("bad"));
      rejected(pipe, InvalidOperation.class, () -> hashes.hmget("bad"));
      rejected(pipe, InvalidOperation.class, () -> hashes.hset("bad", Map.of()));
      rejected(pipe, InvalidOperation.class, () -> hashes.hmset("bad", Map.of()));
      rejected(pipe, InvalidValue.class, () -> hashes.hset("bad", "n", "not a number"));
      rejected(pipe, InvalidValue.class, () -> geo.geoadd("bad", "m", 181, 0));
      rejected(pipe, InvalidValue.class, () -> geo.geoadd("bad", "m", 0, 86));
      rejected(pipe, InvalidValue.class, () -> geo.geoadd("bad", Map.of("m", new GeoCoordinate(0, -90))));
      rejected(pipe, InvalidOperation.class, () -> geo.geoadd("bad", Map.of()));
      rejected(pipe, InvalidOperation.class, () -> geo.geopos("bad"));
      rejected(pipe, InvalidOperation.class, () -> geo.geohash("bad"));
      rejected(pipe, InvalidOperation.class, () -> geo.geosearch("bad", GeoSearch.fromPoint(0, 0)));
      rejected(pipe, InvalidOperation.class, () -> geo.geosearchStore("dest", "bad",
          GeoSearch.<String>fromPoint(0, 0).byRadius(1, GeoUnit.KM).withDist(), false));
      assertThrows(InvalidOperation.class, () -> GeoSearch.fromPoint(0, 0).count(0));
      rejected(pipe, InvalidOperation.class, () -> sets.sscanIter("bad", null, null));
      rejected(pipe, InvalidOperation.class, () -> zsets.zscanIter("bad", null, null));
      rejected(pipe, InvalidOperation.class, () -> hashes.hscanIter("bad", null, null));
      assertThrows(InvalidOperation.class, () -> strings.scanIter());
      assertThrows(InvalidOperation.class, () -> strings.delete());
      assertThrows(InvalidOperation.class, () -> strings.mset(Map.of()));
      assertThrows(InvalidOperation.class, () -> strings.msetnx(Map.of()));
      Map<String, String> withNull = new java.util.LinkedHashMap<>();
      withNull.put("ok", "v");
      withNull.put("bad", null);
      rejected(pipe, InvalidValue.class, () -> strings.mset(withNull));
      assertThrows(InvalidOperation.class, () -> zsets.zunion(null));
      assertThrows(InvalidOperation.class, () -> hll.pfcount());
      assertThrows(InvalidOperation.class, () -> lists.blmpop(0.1, ListDirection.LEFT, 1));
      assertTrue(pipe.toString().contains("(0 queued"), pipe.toString());
      pipe.execute();
    }
    assertEquals(List.of(), List.copyOf(client.keys("CT{*")));
  }

  @Test
  void validCallsStillQueueAfterARejectedOne() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      SetKeyspace<String> sets = new SetKeyspace<>(OTHER, pipe);
      assertThrows(InvalidOperation.class, () -> sets.sadd("good"));
      var added = sets.sadd("good", "a");
      assertTrue(pipe.toString().contains("(1 queued"), pipe.toString());
      pipe.execute();
      assertEquals(1L, added.get());
    }
    assertFalse(new SetKeyspace<>(OTHER, null).smembers("good").get().isEmpty());
  }
}

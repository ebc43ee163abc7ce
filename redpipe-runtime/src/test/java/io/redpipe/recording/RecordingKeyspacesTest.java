package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.GeoKeyspace;
import io.redpipe.keyspaces.GeoSearch;
import io.redpipe.keyspaces.HashedStringKeyspace;
import io.redpipe.keyspaces.HyperLogLogKeyspace;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.ListKeyspace;
import io.redpipe.keyspaces.SetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.args.GeoUnit;

/**
 * String, list, set, HyperLogLog, geo and hashed-string keyspaces record on a {@code RecordingRedis}
 * exactly what a real server receives from the same code, and canned replies written as a test
 * would write them give the server's typed results, under RESP2 and RESP3.
 */
@RedisTest
class RecordingKeyspacesTest {
  private static final KeyspaceSpec<String> LISTS = KeyspaceSpec.of("RL", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> SETS = KeyspaceSpec.of("RS", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> LOGS = KeyspaceSpec.of("RH", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> PLACES = KeyspaceSpec.of("RG", null, Codecs.TEXT);
  private static final KeyspaceSpec<Long> NUMBERS = KeyspaceSpec.of("RN", null, Codecs.INTEGER);
  private static final KeyspaceSpec<Long> SHARDED =
      KeyspaceSpec.of("RX", null, Codecs.INTEGER);

  /** Runs {@code queue} in one pipeline; the futures it returns are the results. */
  private static SameOnBoth.Work inOnePipeline(Function<Pipeline, List<Future<?>>> queue) {
    return (context, results) -> {
      try (Pipeline pipe = context.pipeline()) {
        List<Future<?>> futures = queue.apply(pipe);
        pipe.execute();
        futures.forEach(future -> results.add(future.get()));
      }
    };
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void lists(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    admin.del("RL{q}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("RPUSH", Reply.integer(3))
        .answer("LRANGE", Reply.texts("a", "b", "c"))
        .answer("LPOP", Reply.bulk("a"))
        .answer("LLEN", Reply.integer(2))
        .answer("LINDEX", Reply.nil());
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      ListKeyspace<String> lists = new ListKeyspace<>(LISTS, pipe);
      return List.of(lists.rpush("q", "a", "b", "c"), lists.lrange("q", 0, -1),
          lists.lpop("q"), lists.llen("q"), lists.lindex("q", 9));
    }));
    assertEquals(List.of("RPUSH RL{q} a b c", "LRANGE RL{q} 0 -1", "LPOP RL{q}", "LLEN RL{q}",
        "LINDEX RL{q} 9"), recording.commandLines());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void sets(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    admin.del("RS{s}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("SADD", Reply.integer(2))
        .answer("SMEMBERS", Reply.texts("x", "y"))
        .answer("SISMEMBER", Reply.integer(1))
        .answer("SCARD", Reply.integer(2))
        .answer("SREM", Reply.integer(0));
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      SetKeyspace<String> sets = new SetKeyspace<>(SETS, pipe);
      return List.of(sets.sadd("s", "x", "y"), sets.smembers("s"), sets.sismember("s", "x"),
          sets.scard("s"), sets.srem("s", "z"));
    }));
    assertEquals(List.of("SADD RS{s} x y", "SMEMBERS RS{s}", "SISMEMBER RS{s} x", "SCARD RS{s}",
        "SREM RS{s} z"), recording.commandLines());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void strings(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    admin.del("RN{n}", "RN{m}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("SET", Reply.ok())
        .answerAt(1, Reply.integer(0))
        .answerAt(2, Reply.integer(1))
        .answer("INCRBY", Reply.integer(12))
        .answer("EXPIRE", Reply.integer(1))
        .answer("PERSIST", Reply.integer(1))
        .answer("GETDEL", Reply.bulk("12"))
        .answer("GET", Reply.nil());
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      StringKeyspace<Long> numbers = new StringKeyspace<>(NUMBERS, pipe);
      return List.of(numbers.set("n", 5L), numbers.setnx("n", 6L), numbers.setnx("m", 1L),
          numbers.incrBy("n", 7), numbers.expire("n", 100), numbers.persist("n"),
          numbers.getDel("n"), numbers.get("n"));
    }));
    assertEquals(List.of("SET RN{n} 5", "SETNX RN{n} 6", "SETNX RN{m} 1", "INCRBY RN{n} 7",
        "EXPIRE RN{n} 100", "PERSIST RN{n}", "GETDEL RN{n}", "GET RN{n}"),
        recording.commandLines());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void hyperLogLogs(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    admin.del("RH{h}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("PFADD", Reply.integer(1))
        .answer("PFCOUNT", Reply.integer(3));
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      HyperLogLogKeyspace<String> logs = new HyperLogLogKeyspace<>(LOGS, pipe);
      return List.of(logs.pfadd("h", "a", "b", "c"), logs.pfcount("h"));
    }));
    assertEquals(List.of("PFADD RH{h} a b c", "PFCOUNT RH{h}"), recording.commandLines());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void geo(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    admin.del("RG{sicily}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("GEOADD", Reply.integer(1))
        .answer("GEODIST", Reply.bulk("166.2742"))
        .answer("GEOPOS", Reply.array(
            Reply.texts("13.36138933897018433", "38.11555639549629859"), Reply.nil()))
        .answer("GEOHASH", Reply.array(Reply.bulk("sqc8b49rny0"), Reply.nil()))
        .answer("GEOSEARCH", Reply.texts("Catania", "Palermo"));
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      GeoKeyspace<String> places = new GeoKeyspace<>(PLACES, pipe);
      return List.of(places.geoadd("sicily", "Palermo", 13.361389, 38.115556),
          places.geoadd("sicily", "Catania", 15.087269, 37.502669),
          places.geodist("sicily", "Palermo", "Catania", GeoUnit.KM),
          places.geopos("sicily", "Palermo", "Nowhere"),
          places.geohash("sicily", "Palermo", "Nowhere"),
          places.geosearch("sicily",
              GeoSearch.<String>fromPoint(15, 37).byRadius(200, GeoUnit.KM).asc()));
    }));
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void hashedStrings(RedisProtocol protocol, RedisServer server, RedisClient admin) {
    HashedStringKeyspace<Long> probe = new HashedStringKeyspace<>(SHARDED, 16, null);
    admin.del(probe.shardKey("7"), probe.shardKey("8"));
    RecordingRedis recording = RecordingRedis.create()
        .answer("HSET", Reply.integer(1))
        .answer("HGET", probe.shardKey("7"), Reply.bulk("41"))
        .answer("HGET", probe.shardKey("8"), Reply.nil())
        .answer("HINCRBY", Reply.integer(42));
    SameOnBoth.check(server, recording, protocol, false, inOnePipeline(pipe -> {
      HashedStringKeyspace<Long> counters = new HashedStringKeyspace<>(SHARDED, 16, pipe);
      return List.of(counters.set("7", 41L), counters.get("7"), counters.get("8"),
          counters.incrBy("7", 1));
    }));
  }
}

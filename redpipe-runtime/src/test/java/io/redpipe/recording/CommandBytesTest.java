package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.ListKeyspace;
import io.redpipe.keyspaces.SetKeyspace;
import io.redpipe.keyspaces.SortedSetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.recording.RecordedCommand;
import io.redpipe.testkit.recording.RecordingRedis;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.RedisClient;

/**
 * The keyspace methods and raw pipeline commands that queue their command from its parts
 * (without Jedis's {@code CommandObject}) send, byte for byte, what Jedis's
 * {@code CommandObjects} sends for the same command: each case queues the call and the
 * {@code CommandObjects} command on one pipeline of a recording Redis and compares what
 * arrived. No Redis server: the typed results are checked against real servers by each
 * keyspace kind's own test and the command surface tests.
 */
class CommandBytesTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("T", null, Codecs.TEXT);
  private static final HashSchema HASH = HashSchema.builder("H")
      .field("n", Codecs.INTEGER).build();

  /** A keyspace call and the Jedis command it stands for. */
  record Case(String name, Function<Pipeline, Future<?>> keyspace,
      Function<CommandObjects, CommandObject<?>> jedis) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static byte[] b(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Case strings(String name, Function<StringKeyspace<String>, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("strings." + name, pipe -> call.apply(new StringKeyspace<>(TEXT, pipe)), jedis);
  }

  private static Case lists(String name, Function<ListKeyspace<String>, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("lists." + name, pipe -> call.apply(new ListKeyspace<>(TEXT, pipe)), jedis);
  }

  private static Case sets(String name, Function<SetKeyspace<String>, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("sets." + name, pipe -> call.apply(new SetKeyspace<>(TEXT, pipe)), jedis);
  }

  private static Case hashes(String name, Function<HashKeyspace, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("hashes." + name, pipe -> call.apply(new HashKeyspace(HASH, pipe)), jedis);
  }

  private static Case sortedSets(String name,
      Function<SortedSetKeyspace<String>, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("sortedSets." + name,
        pipe -> call.apply(new SortedSetKeyspace<>(TEXT, pipe)), jedis);
  }

  private static Case raw(String name, Function<Pipeline, Future<?>> call,
      Function<CommandObjects, CommandObject<?>> jedis) {
    return new Case("raw." + name, call, jedis);
  }

  static Stream<Case> rawCases() {
    byte[] key = b("kü");
    return Stream.of(
        raw("get", p -> p.get("kü"), c -> c.get("kü")),
        raw("getBytes", p -> p.get(key), c -> c.get(key)),
        raw("set", p -> p.set("kü", "v"), c -> c.set("kü", "v")),
        raw("setBytes", p -> p.set(key, b("")), c -> c.set(key, b(""))),
        raw("incr", p -> p.incr("kü"), c -> c.incr("kü")),
        raw("incrBytes", p -> p.incr(key), c -> c.incr(key)),
        raw("del", p -> p.del("kü"), c -> c.del("kü")),
        raw("delBytes", p -> p.del(key), c -> c.del(key)),
        raw("exists", p -> p.exists("kü"), c -> c.exists("kü")),
        raw("existsBytes", p -> p.exists(key), c -> c.exists(key)),
        raw("expire", p -> p.expire("kü", -1), c -> c.expire("kü", -1)),
        raw("expireBytes", p -> p.expire(key, 99), c -> c.expire(key, 99)),
        raw("hget", p -> p.hget("kü", "f"), c -> c.hget("kü", "f")),
        raw("hgetBytes", p -> p.hget(key, b("f")), c -> c.hget(key, b("f"))),
        raw("hset", p -> p.hset("kü", "f", "v"), c -> c.hset("kü", "f", "v")),
        raw("hsetBytes", p -> p.hset(key, b("f"), b("v")), c -> c.hset(key, b("f"), b("v"))));
  }

  /** What the processor writes for a typed member: getField and setField. */
  private static final class Generated extends HashKeyspace {
    Generated(Pipeline pipe) {
      super(HASH, pipe);
    }

    Future<Long> age(String id) {
      return getField(id, "n", Codecs.INTEGER);
    }

    Future<Long> age(String id, Long value) {
      return setField(id, "n", Codecs.INTEGER, value);
    }
  }

  static Stream<Case> keyspaceCases() {
    byte[] key = b("T{é1}");
    byte[] hash = b("H{h}");
    return Stream.of(
        strings("exists", k -> k.exists("é1"), c -> c.exists(key)),
        strings("ttl", k -> k.ttl("é1"), c -> c.ttl(key)),
        strings("pttl", k -> k.pttl("é1"), c -> c.pttl(key)),
        strings("persist", k -> k.persist("é1"), c -> c.persist(key)),
        strings("type", k -> k.type("é1"), c -> c.type(key)),
        strings("dump", k -> k.dump("é1"), c -> c.dump(key)),
        strings("expire", k -> k.expire("é1", -7), c -> c.expire(key, -7)),
        strings("pexpire", k -> k.pexpire("é1", 1500), c -> c.pexpire(key, 1500)),
        strings("expireAt", k -> k.expireAt("é1", 1_900_000_000L),
            c -> c.expireAt(key, 1_900_000_000L)),
        strings("pexpireAt", k -> k.pexpireAt("é1", Long.MAX_VALUE),
            c -> c.pexpireAt(key, Long.MAX_VALUE)),
        strings("get", k -> k.get("é1"), c -> c.get(key)),
        strings("set", k -> k.set("é1", "v ü"), c -> c.set(key, b("v ü"))),
        strings("setnx", k -> k.setnx("é1", "v"), c -> c.setnx(key, b("v"))),
        strings("setex", k -> k.setex("é1", "v", 10), c -> c.setex(key, 10, b("v"))),
        strings("psetex", k -> k.psetex("é1", "v", 10), c -> c.psetex(key, 10, b("v"))),
        strings("getSet", k -> k.getSet("é1", "v"), c -> c.getSet(key, b("v"))),
        strings("getDel", k -> k.getDel("é1"), c -> c.getDel(key)),
        strings("append", k -> k.append("é1", ""), c -> c.append(key, b(""))),
        strings("strlen", k -> k.strlen("é1"), c -> c.strlen(key)),
        strings("getrange", k -> k.getrange("é1", 0, -1), c -> c.getrange(key, 0, -1)),
        strings("setrange", k -> k.setrange("é1", 3, "xy"), c -> c.setrange(key, 3, b("xy"))),
        strings("incr", k -> k.incr("é1"), c -> c.incr(key)),
        strings("incrBy", k -> k.incrBy("é1", Long.MIN_VALUE), c -> c.incrBy(key, Long.MIN_VALUE)),
        strings("decr", k -> k.decr("é1"), c -> c.decr(key)),
        strings("decrBy", k -> k.decrBy("é1", 42), c -> c.decrBy(key, 42)),
        lists("lpush", k -> k.lpush("é1", "a"), c -> c.lpush(key, b("a"))),
        lists("rpush", k -> k.rpush("é1", "a", "b", "c"), c -> c.rpush(key, b("a"), b("b"), b("c"))),
        lists("lpushx", k -> k.lpushx("é1", "a", "b"), c -> c.lpushx(key, b("a"), b("b"))),
        lists("rpushx", k -> k.rpushx("é1", "a"), c -> c.rpushx(key, b("a"))),
        lists("llen", k -> k.llen("é1"), c -> c.llen(key)),
        lists("lrange", k -> k.lrange("é1", 0, -1), c -> c.lrange(key, 0, -1)),
        lists("lpop", k -> k.lpop("é1"), c -> c.lpop(key)),
        lists("lpopCount", k -> k.lpop("é1", 3), c -> c.lpop(key, 3)),
        lists("rpop", k -> k.rpop("é1"), c -> c.rpop(key)),
        lists("rpopCount", k -> k.rpop("é1", 2), c -> c.rpop(key, 2)),
        lists("lrem", k -> k.lrem("é1", "a", -2), c -> c.lrem(key, -2, b("a"))),
        lists("ltrim", k -> k.ltrim("é1", 1, 5), c -> c.ltrim(key, 1, 5)),
        lists("lindex", k -> k.lindex("é1", -1), c -> c.lindex(key, -1)),
        lists("lset", k -> k.lset("é1", 0, "z"), c -> c.lset(key, 0, b("z"))),
        sets("sadd", k -> k.sadd("é1", "x", "y"), c -> c.sadd(key, b("x"), b("y"))),
        sets("srem", k -> k.srem("é1", "x"), c -> c.srem(key, b("x"))),
        sets("spop", k -> k.spop("é1"), c -> c.spop(key)),
        sets("spopCount", k -> k.spop("é1", 4), c -> c.spop(key, 4)),
        sets("smembers", k -> k.smembers("é1"), c -> c.smembers(key)),
        sets("scard", k -> k.scard("é1"), c -> c.scard(key)),
        sets("sismember", k -> k.sismember("é1", "x"), c -> c.sismember(key, b("x"))),
        sets("smismember", k -> k.smismember("é1", "x", "y"),
            c -> c.smismember(key, b("x"), b("y"))),
        sets("srandmember", k -> k.srandmember("é1"), c -> c.srandmember(key)),
        sets("srandmemberCount", k -> k.srandmember("é1", -3), c -> c.srandmember(key, -3)),
        hashes("hget", k -> k.hget("h", "n"), c -> c.hget(hash, b("n"))),
        new Case("hashes.getField", pipe -> new Generated(pipe).age("h"),
            c -> c.hget(hash, b("n"))),
        new Case("hashes.setField", pipe -> new Generated(pipe).age("h", 7L),
            c -> c.hset(hash, b("n"), b("7"))),
        hashes("hset", k -> k.hset("h", "n", 5L), c -> c.hset(hash, b("n"), b("5"))),
        hashes("hsetnx", k -> k.hsetnx("h", "free", "t"), c -> c.hsetnx(hash, b("free"), b("t"))),
        hashes("hvals", k -> k.hvals("h"), c -> c.hvals(hash)),
        hashes("hdel", k -> k.hdel("h", "n", "m"), c -> c.hdel(hash, b("n"), b("m"))),
        hashes("hexists", k -> k.hexists("h", "n"), c -> c.hexists(hash, b("n"))),
        hashes("hlen", k -> k.hlen("h"), c -> c.hlen(hash)),
        hashes("hstrlen", k -> k.hstrlen("h", "n"), c -> c.hstrlen(hash, b("n"))),
        hashes("hincrby", k -> k.hincrby("h", "n", -3), c -> c.hincrBy(hash, b("n"), -3)),
        sortedSets("zincrby", k -> k.zincrby("é1", "m", 0.1), c -> c.zincrby(key, 0.1, b("m"))),
        sortedSets("zrem", k -> k.zrem("é1", "m", "n"), c -> c.zrem(key, b("m"), b("n"))),
        sortedSets("zrank", k -> k.zrank("é1", "m"), c -> c.zrank(key, b("m"))),
        sortedSets("zrevrank", k -> k.zrevrank("é1", "m"), c -> c.zrevrank(key, b("m"))),
        sortedSets("zscore", k -> k.zscore("é1", "m"), c -> c.zscore(key, b("m"))),
        sortedSets("zcard", k -> k.zcard("é1"), c -> c.zcard(key)),
        sortedSets("zrange", k -> k.zrange("é1", 0, -1), c -> c.zrange(key, 0, -1)),
        sortedSets("zrevrange", k -> k.zrevrange("é1", 2, 3), c -> c.zrevrange(key, 2, 3)));
  }

  @ParameterizedTest
  @MethodSource({"keyspaceCases", "rawCases"})
  void sendsWhatCommandObjectsSends(Case c) {
    RecordingRedis recording = RecordingRedis.create();
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        c.keyspace().apply(pipe);
        pipe.executeCommand(c.jedis().apply(pipe.commandObjects()));
        try {
          pipe.execute();
        } catch (RuntimeException unanswered) {
          // The recording has no canned replies: only what was sent matters here.
        }
      }
    }
    List<RecordedCommand> sent = recording.commands();
    assertEquals(2, sent.size(), "both commands sent: " + sent);
    assertEquals(sent.get(1), sent.get(0), "the keyspace's bytes are Jedis's");
  }

  @Test
  void aNullKeyOrValueFailsAsJedisFailsIt() {
    CommandObjects jedis = new CommandObjects(redis.clients.jedis.RedisProtocol.RESP2);
    Class<?> nullKey = assertThrows(RuntimeException.class, () -> jedis.get((String) null))
        .getClass();
    Class<?> nullValue = assertThrows(RuntimeException.class, () -> jedis.set("k", null))
        .getClass();
    RecordingRedis recording = RecordingRedis.create();
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.builder().build()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        assertEquals(nullKey, assertThrows(RuntimeException.class,
            () -> pipe.get((String) null)).getClass());
        assertEquals(nullValue, assertThrows(RuntimeException.class,
            () -> pipe.set("k", null)).getClass());
        pipe.execute();
      }
    }
    assertEquals(List.of(), recording.commands(), "nothing queued");
  }
}

package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.SessionStruct;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;

/**
 * Struct calls (create, load, update, incr, remove, pop, clear; a struct with a ttl) and
 * transactions record on a {@code RecordingRedis} exactly what a real server receives, with as
 * many round trips, and canned replies give the server's typed results, under RESP2 and RESP3.
 */
@RedisTest
class RecordingStructsTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("RT", null, Codecs.TEXT);

  /** Each struct call on its own execute; the struct's local copy after each is a result. */
  private static void structCalls(RedPipeContext context, List<Object> results) {
    UserStruct ann = UserStruct.create(UserStruct.with("s1").name("Ann").lastSeen(5L), context);
    results.add(ann.asMap());
    UserStruct loaded = UserStruct.load("s1", context);
    results.add(loaded.asMap());
    Map<String, Object> changes = new LinkedHashMap<>();
    changes.put("name", "Bo");
    changes.put("admin", true);
    changes.put("nick", "b");
    loaded.update(changes, context);
    results.add(loaded.asMap());
    results.add(loaded.incrLastSeen(2, context).get());
    results.add(loaded.asMap());
    loaded.remove(List.of("admin"), context);
    results.add(loaded.asMap());
    results.add(loaded.pop("nick", context).get());
    results.add(loaded.asMap());
    loaded.clear(context);
    results.add(loaded.asMap());
    SessionStruct session = SessionStruct.create(SessionStruct.with("t1").user("ann").hits(1L),
        context);
    results.add(session.asMap());
    results.add(session.incr("hits", context).get());
    results.add(session.asMap());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void structCallsRecordWhatTheServerReceives(RedisProtocol protocol, RedisServer server,
      RedisClient admin) {
    admin.del("U{s1}", "S{t1}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("HSET", Reply.integer(2))
        .answer("HGETALL", "U{s1}", Reply.map("name", "Ann", "last_seen", "5"))
        .answer("HDEL", Reply.integer(1))
        .answer("HINCRBY", "U{s1}", Reply.integer(7))
        .answer("HGET", "U{s1}", Reply.bulk("7"))
        .answer(command -> command.toString().equals("HGET U{s1} nick")
            ? Reply.bulk("b") : null)
        .answer("DEL", Reply.integer(1))
        .answer("EXPIRE", Reply.integer(1))
        .answer("HMGET", "S{t1}", Reply.texts("ann", "1"))
        .answer("HINCRBY", "S{t1}", Reply.integer(2))
        .answer("HGET", "S{t1}", Reply.bulk("2"));
    SameOnBoth.Run run = SameOnBoth.check(server, recording, protocol, false,
        RecordingStructsTest::structCalls);
    assertEquals(9, run.roundTrips(), "one per call");
    assertEquals(List.of("HSET U{s1} name Ann last_seen 5", "HGETALL U{s1}", "HGETALL U{s1}",
        "HSET U{s1} name Bo admin 1 nick b", "HINCRBY U{s1} last_seen 2", "HGET U{s1} last_seen",
        "HDEL U{s1} admin", "HGET U{s1} nick", "HDEL U{s1} nick", "DEL U{s1}",
        "HSET S{t1} user ann hits 1", "EXPIRE S{t1} 100", "HMGET S{t1} user hits",
        "HINCRBY S{t1} hits 1", "EXPIRE S{t1} 100", "HGET S{t1} hits"), recording.commandLines());
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void transactionsRecordWhatTheServerReceives(RedisProtocol protocol, RedisServer server,
      RedisClient admin) {
    admin.del("U{s2}", "RT{a}", "RT{n}");
    RecordingRedis recording = RecordingRedis.create()
        .answer("HSET", Reply.integer(1))
        .answer("HGETALL", Reply.map("name", "Cy"))
        .answer("SET", Reply.ok())
        .answer("INCR", Reply.integer(1))
        .answer("GET", Reply.bulk("x"));
    SameOnBoth.Run run = SameOnBoth.check(server, recording, protocol, true,
        (context, results) -> {
          try (Pipeline pipe = context.pipeline()) {
            UserStruct cy = UserStruct.create(UserStruct.with("s2").name("Cy"), pipe);
            StringKeyspace<String> texts = new StringKeyspace<>(TEXT, pipe);
            texts.set("a", "x");
            Future<String> a = texts.get("a");
            Future<Long> n = pipe.incr("RT{n}");
            pipe.execute();
            results.add(cy.asMap());
            results.add(a.get());
            results.add(n.get());
          }
        });
    assertEquals(List.of("MULTI", "HSET U{s2} name Cy", "HGETALL U{s2}", "SET RT{a} x",
        "GET RT{a}", "INCR RT{n}", "EXEC"), run.commands().stream().map(Object::toString)
        .toList());
    assertEquals(1, run.roundTrips());
  }
}

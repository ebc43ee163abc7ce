package io.redpipe.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipeContext;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.SortedSetKeyspace;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.structs.UserStruct;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.recording.RecordedCommand;
import io.redpipe.testkit.recording.RecordingRedis;
import io.redpipe.testkit.recording.Reply;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * RedPipe code on a recording client runs unchanged; what it records is what a real server
 * receives from the same code, byte for byte.
 */
@RedisTest
class RecordingRedisTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("R", null, Codecs.TEXT);
  private static final KeyspaceSpec<Long> RANKS = KeyspaceSpec.of("rank", null, Codecs.INTEGER);

  /** Some data access, written once, run on a recording client and on a real server. */
  private static void work(RedPipeContext context, Consumer<Object> results) {
    try (Pipeline pipe = context.pipeline()) {
      StringKeyspace<String> texts = new StringKeyspace<>(TEXT, pipe);
      texts.set("1", "one");
      Future<String> one = texts.get("1");
      UserStruct ann = UserStruct.create(UserStruct.with("r1").name("Ann").lastSeen(5L), pipe);
      Future<Long> visits = new HashKeyspace(HashSchema.builder("U").build(), pipe)
          .hincrby("r1", "visits", 1);
      new SortedSetKeyspace<>(RANKS, pipe).zadd("board", Map.of(7L, 1.5));
      pipe.execute();
      results.accept(one.get());
      results.accept(ann.asMap());
      results.accept(visits.get());
    }
  }

  @ParameterizedTest
  @EnumSource(RedisProtocol.class)
  void theRecordedCommandsAreWhatARealServerReceivesAndTheResultsMatch(RedisProtocol protocol,
      RedisServer server, RedisClient admin) {
    admin.del("R{1}", "U{r1}", "rank{board}");
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(), protocol);
    List<Object> real = new java.util.ArrayList<>();
    try (RedisClient client = sockets.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      work(context, real::add);
    }
    RecordingRedis recording = RecordingRedis.create()
        .answer("SET", Reply.ok())
        .answer("GET", "R{1}", Reply.bulk("one"))
        .answer("HSET", Reply.integer(2))
        .answer("HGETALL", "U{r1}", Reply.map("name", "Ann", "last_seen", "5"))
        .answer("HINCRBY", Reply.integer(1))
        .answer("ZADD", Reply.integer(1));
    List<Object> canned = new java.util.ArrayList<>();
    try (RedisClient client = recording.newClient(protocol);
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      work(context, canned::add);
    }
    List<RecordedCommand> received = RecordingRedis.parse(sockets.written());
    assertEquals(received, recording.commands(), "the same bytes, command by command");
    assertEquals(List.of("SET R{1} one", "GET R{1}", "HSET U{r1} name Ann last_seen 5",
        "HGETALL U{r1}", "HINCRBY U{r1} visits 1", "ZADD rank{board} 1.5 7"),
        recording.commandLines());
    assertEquals(1, recording.roundTrips());
    assertEquals(real, canned, "canned replies give the typed results the server's did");
  }

  @Test
  void anUnansweredCommandFailsNamingIt() {
    RecordingRedis recording = RecordingRedis.create().answer("GET", Reply.nil());
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        Future<String> missing = pipe.get("a");
        Future<Long> unanswered = pipe.incr("b");
        PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
        assertTrue(failed.getMessage().contains("command #1 INCR b'b'"), failed.getMessage());
        assertTrue(failed.getMessage().contains("no canned reply for INCR b"), failed.getMessage());
        assertTrue(missing.isFailed());
        assertTrue(unanswered.isFailed());
      }
    }
  }

  @Test
  void anInjectedErrorTakesTheCallersErrorPath() {
    RecordingRedis recording = RecordingRedis.create()
        .answer("HGETALL", Reply.error("WRONGTYPE Operation against a key holding the wrong kind"
            + " of value"));
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      UserStruct stub = UserStruct.stub("x1");
      PipelineFailed failed = assertThrows(PipelineFailed.class, () -> stub.load(context));
      assertTrue(failed.getMessage().contains("WRONGTYPE"), failed.getMessage());
      assertEquals(Map.of("user_id", "x1"), stub.asMap(), "the struct did not change");
    }
  }

  @Test
  void transactionsAndSeveralConnectionsAreRecordedInOrder() {
    RecordingRedis users = RecordingRedis.create().answer("INCR", Reply.integer(3));
    RecordingRedis stats = RecordingRedis.create().answer("INCRBY", Reply.integer(10));
    try (RedisClient usersClient = users.newClient(); RedisClient statsClient = stats.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect("users", usersClient, true);
      context.connect("stats", statsClient);
      try (Pipeline pipe = context.pipeline("users")) {
        Future<Long> n = pipe.incr("visits");
        Future<Long> total = context.autoexec(pipe, "stats", p -> p.incrBy("total", 10));
        pipe.execute();
        assertEquals(3L, n.get());
        assertEquals(10L, total.get());
      }
    }
    assertEquals(List.of("MULTI", "INCR visits", "EXEC"), users.commandLines());
    assertEquals(List.of("INCRBY total 10"), stats.commandLines());
    assertEquals(1, users.roundTrips());
    assertEquals(1, stats.roundTrips());
  }

  @Test
  void aRefusedValueSendsNothing() {
    RecordingRedis recording = RecordingRedis.create();
    try (RedisClient client = recording.newClient();
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      assertThrows(io.redpipe.InvalidOperation.class,
          () -> UserStruct.create(UserStruct.with("r2"), context));  // name is required
    }
    assertEquals(List.of(), recording.commandLines());
    assertEquals(0, recording.roundTrips());
  }

  @Test
  void answersByPositionAndByFunction() {
    RecordingRedis recording = RecordingRedis.create()
        .answer(command -> command.name().equals("GET") ? Reply.bulk("v-" + command.key()) : null)
        .answerAt(1, Reply.bulk("second"));
    try (UnifiedJedis client = recording.newClient(RedisProtocol.RESP2);
        RedPipeContext context = RedPipeContext.create()) {
      context.connect(client);
      try (Pipeline pipe = context.pipeline()) {
        Future<String> a = pipe.get("a");
        Future<String> b = pipe.get("b");
        pipe.execute();
        assertEquals("v-a", a.get());
        assertEquals("second", b.get());
      }
    }
  }
}

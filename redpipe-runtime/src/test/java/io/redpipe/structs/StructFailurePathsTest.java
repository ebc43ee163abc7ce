package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.UndecodableValue;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.CountingSocketFactory;
import io.redpipe.testkit.RedisServer;
import io.redpipe.testkit.RedisTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.RedisClient;

/**
 * Failure paths: a refused call queues nothing (checked by round trips on the socket), a failed
 * execute leaves the local copy of every write kind unchanged, pop never fails on a missing field.
 */
@RedisTest
class StructFailurePathsTest {

  @AfterEach
  void disconnect() {
    RedPipe.reset();
  }

  @Test
  void everyRefusedCallQueuesNothing(RedisServer server, RedisClient raw) {
    Assumptions.assumeTrue(server.uri().getUserInfo() == null
        && "redis".equals(server.uri().getScheme()), "needs a plain server without credentials");
    CountingSocketFactory sockets = new CountingSocketFactory(server.hostAndPort(),
        DefaultJedisClientConfig.builder().build());
    try (RedisClient client = sockets.newClient()) {
      RedPipe.connect(client);
      UserStruct jack = UserStruct.create(
          UserStruct.with("fq1").name("Jack").lastSeen(1L).score(0.5).put("nick", "J"), null);
      Map<String, String> stored = raw.hgetAll("U{fq1}");
      Map<String, Object> local = jack.asMap();
      Map<String, Object> noKey = new LinkedHashMap<>();
      noKey.put("name", "X");
      Map<String, Object> nullMember = new LinkedHashMap<>();
      nullMember.put(null, "x");
      List<Executable> refusedInvalidOperation = new ArrayList<>();
      List<Executable> refusedInvalidValue = new ArrayList<>();
      List<Executable> refusedNull = new ArrayList<>();
      try (Pipeline pipe = RedPipe.pipeline()) {
        refusedInvalidOperation.addAll(List.of(
            () -> jack.update(Map.of("user_id", "2"), pipe),
            () -> jack.update(UserStruct.changes().put("nick", "ok").name(null), pipe),
            () -> jack.remove(List.of("nick", "user_id"), pipe),
            () -> jack.remove(List.of("nick", "name"), pipe),
            () -> jack.pop("user_id", pipe),
            () -> jack.pop("name", "dflt", pipe),
            () -> jack.incr("user_id", 1, pipe),
            () -> jack.incr("name", 1, pipe),
            () -> jack.incr("score", 1, pipe),
            () -> jack.decr("admin", 1, pipe),
            () -> jack.incrFloat("last_seen", 1, pipe),
            () -> jack.decrFloat("user_id", 1, pipe),
            () -> UserStruct.create(UserStruct.with("fq2").lastSeen(1L), pipe),
            () -> UserStruct.create(UserStruct.with("fq2").lastSeen(1L), true, pipe),
            () -> UserStruct.create(UserStruct.with("fq2").name(null), pipe),
            () -> UserStruct.create(noKey, pipe),
            () -> jack.incr("name", pipe),
            () -> jack.decr("score", pipe),
            () -> jack.incr("user_id", pipe),
            () -> UserStruct.create(UserStruct.with("fq2").lastSeen(1L), false, Fields.NONE, pipe),
            () -> UserStruct.create(noKey, true, Fields.ALL, pipe)));
        refusedInvalidValue.addAll(List.of(
            () -> jack.update(UserStruct.changes().put("nick", "ok").put("last_seen", "soon"), pipe),
            () -> jack.update(UserStruct.changes().put("nick", 3), pipe),
            () -> jack.update(UserStruct.changes().put("admin", List.of()).name("Ok"), pipe),
            () -> jack.decr("last_seen", Long.MIN_VALUE, pipe),
            () -> jack.incrFloat("score", Double.NaN, pipe),
            () -> jack.decrFloat("score", Double.POSITIVE_INFINITY, pipe),
            () -> UserStruct.create(UserStruct.with("fq2").name("N").put("last_seen", "x"), pipe),
            () -> UserStruct.create(Map.of("user_id", 7, "name", "N"), pipe),
            () -> UserStruct.create(UserStruct.with("fq2").name("N").put("last_seen", "x"), false,
                Fields.of("name"), pipe)));
        refusedNull.addAll(List.of(
            () -> jack.update(nullMember, pipe),
            () -> jack.remove(Arrays.asList("nick", null), pipe),
            () -> jack.load(Arrays.asList("nick", null), pipe),
            () -> UserStruct.load("fq1", Arrays.asList("nick", null), pipe),
            () -> UserStruct.delete(Arrays.asList("fq1", null), pipe),
            () -> jack.load((Fields) null, pipe),
            () -> UserStruct.load("fq1", (Fields) null, pipe),
            () -> UserStruct.create(UserStruct.with("fq2").name("N"), false, null, pipe)));
        for (Executable call : refusedInvalidOperation) {
          assertThrows(InvalidOperation.class, call);
        }
        for (Executable call : refusedInvalidValue) {
          assertThrows(InvalidValue.class, call);
        }
        for (Executable call : refusedNull) {
          assertThrows(NullPointerException.class, call);
        }
        int before = sockets.roundTrips();
        pipe.execute();
        assertEquals(before, sockets.roundTrips(), "executing sent something of a refused call");
      }
      // The same calls without a pipeline refuse before any round trip, too.
      int before = sockets.roundTrips();
      assertThrows(InvalidOperation.class, () -> jack.update(Map.of("user_id", "2"), null));
      assertThrows(InvalidValue.class,
          () -> jack.update(UserStruct.changes().put("nick", "ok").put("last_seen", "soon"), null));
      assertThrows(InvalidOperation.class, () -> jack.pop("name", null));
      assertThrows(InvalidValue.class, () -> jack.incrFloat("score", Double.NaN, null));
      assertEquals(before, sockets.roundTrips());
      assertEquals(stored, raw.hgetAll("U{fq1}"));
      assertFalse(raw.exists("U{fq2}"));
      assertEquals(local, jack.asMap());
    }
  }

  @Test
  void aRefusedCallKeepsWhatWasQueuedBeforeIt(RedisClient client) {
    RedPipe.connect(client);
    UserStruct jack = UserStruct.create(UserStruct.with("fk1").name("Jack"), null);
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.update(UserStruct.changes().lastSeen(3L), pipe);
      assertThrows(InvalidValue.class,
          () -> jack.update(UserStruct.changes().put("nick", "n").put("last_seen", "x"), pipe));
      pipe.execute();
    }
    assertEquals(Map.of("name", "Jack", "last_seen", "3"), client.hgetAll("U{fk1}"));
    assertEquals(Map.of("user_id", "fk1", "name", "Jack", "last_seen", 3L), jack.asMap());
  }

  /** One write kind: queues its calls on the pipe and returns the futures it got (maybe none). */
  private interface Write extends Function<Pipeline, List<Future<?>>> {}

  @Test
  void aFailedExecuteLeavesTheLocalCopyOfEveryWriteKindUnchanged(RedisClient client) {
    RedPipe.connect(client);
    client.set("fx:not-a-hash", "x");
    Map<String, Write> writes = new LinkedHashMap<>();
    List<UserStruct> created = new ArrayList<>();
    writes.put("update", p -> run(p, s -> s.update(
        UserStruct.changes().name("Z").lastSeen(99L).remove("nick").put("extra", "e"), p)));
    writes.put("remove", p -> run(p, s -> s.remove(List.of("nick", "last_seen"), p)));
    writes.put("incr", p -> List.of(current.incr(UserStruct.LAST_SEEN, 5, p)));
    writes.put("decr", p -> List.of(current.decr("visits", 2, p)));
    writes.put("incrFloat", p -> List.of(current.incrScore(1.5, p)));
    writes.put("decrFloat", p -> List.of(current.decrFloat("ratio", 0.5, p)));
    writes.put("pop", p -> List.of(current.pop("nick", p)));
    writes.put("pop with default", p -> List.of(current.pop("absent", "d", p)));
    writes.put("clear", p -> run(p, s -> s.clear(p)));
    writes.put("load", p -> run(p, s -> s.load(p)));
    writes.put("load fields", p -> run(p, s -> s.load(List.of("nick", "name", "absent"), p)));
    writes.put("load all", p -> run(p, s -> s.load(Fields.ALL, p)));
    writes.put("load defined", p -> run(p, s -> s.load(Fields.DEFINED, p)));
    writes.put("incr by one", p -> List.of(current.incr("visits", p), current.incrLastSeen(p)));
    writes.put("decr by one", p -> List.of(current.decr(UserStruct.LAST_SEEN, p)));
    writes.put("create without read-back", p -> {
      created.add(UserStruct.create(UserStruct.with("fx-none").name("N"), false, Fields.NONE, p));
      return List.of();
    });
    writes.put("create nx with a limited read-back", p -> {
      created.add(UserStruct.create(UserStruct.with(current.key()).name("Nx").put("nick", "n"),
          true, Fields.of("nick"), p));
      return List.of();
    });
    writes.put("static load all", p -> {
      created.add(UserStruct.load(current.key(), Fields.ALL, p));
      return List.of();
    });
    writes.put("create", p -> {
      created.add(UserStruct.create(UserStruct.with("fx-new").name("New").lastSeen(1L), p));
      return List.of();
    });
    writes.put("create over", p -> {
      created.add(UserStruct.create(UserStruct.with(current.key()).name("Over").admin(true), p));
      return List.of();
    });
    writes.put("create nx", p -> {
      created.add(UserStruct.create(UserStruct.with("fx-nx").name("Nx"), true, p));
      return List.of();
    });
    writes.put("static load", p -> {
      created.add(UserStruct.load(current.key(), p));
      return List.of();
    });
    writes.put("delete", p -> List.of(UserStruct.delete(List.of(current.key()), p)));
    int n = 0;
    for (Map.Entry<String, Write> write : writes.entrySet()) {
      for (boolean failureFirst : new boolean[] {false, true}) {
        String id = "fx" + n++;
        current = UserStruct.create(
            UserStruct.with(id).name("Jack").lastSeen(1L).score(2.0).put("nick", "J"), null);
        client.hset("U{" + id + "}", Map.of("nick", "server-side", "name", "Server"));
        Map<String, Object> before = current.asMap();
        created.clear();
        List<Future<?>> futures;
        try (Pipeline pipe = RedPipe.pipeline()) {
          if (failureFirst) {
            pipe.executeCommand(pipe.commandObjects().hset("fx:not-a-hash", "f", "v"));
          }
          futures = write.getValue().apply(pipe);
          if (!failureFirst) {
            pipe.executeCommand(pipe.commandObjects().hset("fx:not-a-hash", "f", "v"));
          }
          assertThrows(PipelineFailed.class, pipe::execute, write.getKey());
        }
        String what = write.getKey() + (failureFirst ? " after" : " before") + " the failure";
        assertEquals(before, current.asMap(), what);
        for (Future<?> future : futures) {
          assertFalse(future.isReady(), what);
        }
        for (UserStruct struct : created) {
          assertEquals(1, struct.size(), what);
          assertFalse(struct.isPersisted(), what);
        }
      }
    }
  }

  /** The struct the write kinds of the failed-execute test work on. */
  private UserStruct current;

  /** Calls {@code call} on the struct under test; a write kind without futures. */
  private List<Future<?>> run(Pipeline pipe, Consumer<UserStruct> call) {
    call.accept(current);
    return List.of();
  }

  @Test
  void anUndecodableLoadFailsTheExecuteAndLeavesOtherStructsUnchanged(RedisClient client) {
    RedPipe.connect(client);
    UserStruct jack = UserStruct.create(UserStruct.with("fu1").name("Jack"), null);
    client.hset("U{fu2}", Map.of("name", "Ann", "last_seen", "yesterday"));
    UserStruct ann;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.update(UserStruct.changes().name("Bobby"), pipe);
      jack.incr("hits", 1, pipe);
      ann = UserStruct.load("fu2", pipe);
      UndecodableValue e = assertThrows(UndecodableValue.class, pipe::execute);
      assertTrue(e.getMessage().contains("U{fu2} field 'last_seen'"), e.getMessage());
    }
    assertEquals(Map.of("user_id", "fu1", "name", "Jack"), jack.asMap());
    assertEquals(1, ann.size());
    assertEquals("Bobby", client.hget("U{fu1}", "name")); // the server ran the commands
  }

  @Test
  void popOfAMissingFieldNeverFailsWithOrWithoutDefault(RedisClient client) {
    RedPipe.connect(client);
    UserStruct jack = UserStruct.create(UserStruct.with("fp1").name("Jack"), null);
    assertNull(jack.pop("absent", null).get());
    assertEquals("d", jack.pop("absent", "d", null).get());
    assertNull(jack.pop(UserStruct.LAST_SEEN, null).get());
    Future<Object> plain;
    Future<Object> withDefault;
    Future<Object> notLocal;
    UserStruct loaded;
    UserStruct stub = UserStruct.stub("fp1");
    client.hset("U{fp1}", "nick", "N");
    try (Pipeline pipe = RedPipe.pipeline()) {
      loaded = UserStruct.load("fp1", pipe);
      plain = loaded.pop("absent", pipe);
      withDefault = loaded.pop(UserStruct.SCORE, 7.5, pipe);
      notLocal = stub.pop("nick", pipe); // stored but not in the stub's local copy
      pipe.execute();
    }
    assertNull(plain.get());
    assertEquals(7.5, withDefault.get());
    assertEquals("N", notLocal.get());
    assertEquals(Map.of("user_id", "fp1", "name", "Jack", "nick", "N"), loaded.asMap());
    assertEquals(Map.of("user_id", "fp1"), stub.asMap());
    assertEquals(Map.of("name", "Jack"), client.hgetAll("U{fp1}"));
  }
}

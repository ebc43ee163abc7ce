package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.backends.OnBothBackends;
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
import io.redpipe.structs.UserStruct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * Pipeline, keyspace and struct behaviour that must be the same on one server and on a Redis
 * Cluster: runs once on each backend, which is connected as the default connection before each
 * test.
 */
@OnBothBackends
class PipelineBehaviourTest {
  private static final KeyspaceSpec<Long> HITS = KeyspaceSpec.of("hits", null, Codecs.INTEGER);
  private static final KeyspaceSpec<String> TAGS = KeyspaceSpec.of("tags", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> LOG = KeyspaceSpec.of("log", null, Codecs.TEXT);
  private static final KeyspaceSpec<String> RANK = KeyspaceSpec.of("rank", null, Codecs.TEXT);
  private static final HashSchema PROFILE = HashSchema.builder("profile")
      .field("age", Codecs.INTEGER).build();

  /** The backend's client, for checking what the pipelines wrote. */
  private UnifiedJedis client;

  @BeforeEach
  void client(UnifiedJedis backendClient) {
    client = backendClient;
  }

  @Test
  void rawCommandsOverManyKeysFillTheirFuturesInQueueOrder() {
    List<Future<Long>> increments = new ArrayList<>();
    List<Future<String>> reads = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (int i = 0; i < 40; i++) {
        pipe.set("raw:" + i, "v" + i);
        increments.add(pipe.incrBy("raw:n:" + i, i));
        reads.add(pipe.get("raw:" + i));
      }
      pipe.execute();
    }
    for (int i = 0; i < 40; i++) {
      assertEquals(i, increments.get(i).get());
      assertEquals("v" + i, reads.get(i).get());
      assertEquals("v" + i, client.get("raw:" + i));
    }
  }

  @Test
  void multiKeyCommandsOverOneHashTagWork() {
    Future<String> written;
    Future<List<String>> read;
    Future<Long> deleted;
    try (Pipeline pipe = RedPipe.pipeline()) {
      written = pipe.mset("order{7}:a", "1", "order{7}:b", "2");
      read = pipe.mget("order{7}:a", "order{7}:b", "order{7}:c");
      deleted = pipe.del("order{7}:a", "order{7}:b");
      pipe.execute();
    }
    assertEquals("OK", written.get());
    assertEquals(java.util.Arrays.asList("1", "2", null), read.get());
    assertEquals(2L, deleted.get());
  }

  @Test
  void keyspacesOfEveryKindShareOneExecute() {
    Future<Long> hits;
    Future<Set<String>> tags;
    Future<List<String>> log;
    Future<Double> score;
    Future<Object> age;
    try (Pipeline pipe = RedPipe.pipeline()) {
      for (String id : List.of("a", "b", "c", "d")) {
        new StringKeyspace<>(HITS, pipe).incr(id);
      }
      hits = new StringKeyspace<>(HITS, pipe).get("c");
      new SetKeyspace<>(TAGS, pipe).sadd("p1", "red", "blue");
      tags = new SetKeyspace<>(TAGS, pipe).smembers("p1");
      new ListKeyspace<>(LOG, pipe).rpush("p2", "x", "y");
      log = new ListKeyspace<>(LOG, pipe).lrange("p2", 0, -1);
      new SortedSetKeyspace<>(RANK, pipe).zadd("board", "ann", 3.5);
      score = new SortedSetKeyspace<>(RANK, pipe).zscore("board", "ann");
      new HashKeyspace(PROFILE, pipe).hset("u9", "age", 41L);
      age = new HashKeyspace(PROFILE, pipe).hget("u9", "age");
      pipe.execute();
    }
    assertEquals(1L, hits.get());
    assertEquals(Set.of("red", "blue"), tags.get());
    assertEquals(List.of("x", "y"), log.get());
    assertEquals(3.5, score.get());
    assertEquals(41L, age.get());
    assertEquals("41", client.hget("profile{u9}", "age"));
  }

  @Test
  void structsAreCreatedLoadedAndUpdated() {
    UserStruct jack;
    UserStruct jill;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack = UserStruct.create(UserStruct.with("s1").name("Jack").lastSeen(5L), pipe);
      jill = UserStruct.create(UserStruct.with("s2").name("Jill").lastSeen(6L), pipe);
      pipe.execute();
    }
    assertEquals("Jack", jack.name());
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.update(UserStruct.changes().lastSeen(50L), pipe);
      jill.update(UserStruct.changes().name("Gill"), pipe);
      pipe.execute();
    }
    UserStruct loadedJack;
    UserStruct loadedJill;
    try (Pipeline pipe = RedPipe.pipeline()) {
      loadedJack = UserStruct.load("s1", pipe);
      loadedJill = UserStruct.load("s2", pipe);
      pipe.execute();
    }
    assertEquals(50L, loadedJack.lastSeen());
    assertEquals("Jack", loadedJack.name());
    assertEquals("Gill", loadedJill.name());
    assertEquals(Map.of("name", "Gill", "last_seen", "6"), client.hgetAll("U{s2}"));
  }

  @Test
  void nestedPipelinesAndCallbacksRunInRegistrationOrder() {
    List<String> ran = new ArrayList<>();
    Future<Long> first;
    Future<Long> second;
    try (Pipeline root = RedPipe.pipeline()) {
      root.onExecute(() -> ran.add("root-1"));
      first = RedPipe.autoexec(root, pipe -> {
        pipe.onExecute(() -> ran.add("n1"));
        return pipe.incr("nested{1}");
      });
      second = RedPipe.autoexec(root, pipe -> {
        pipe.onExecute(() -> ran.add("n2"));
        return pipe.incrBy("nested{2}", 5);
      });
      root.onExecute(() -> ran.add("root-2"));
      assertFalse(first.isReady());
      root.execute();
    }
    assertEquals(List.of("root-1", "n1", "n2", "root-2"), ran);
    assertEquals(1L, first.get());
    assertEquals(5L, second.get());
  }

  @Test
  void aRefusedCommandFailsTheExecuteAndFillsNoFuture() {
    client.set("wrong{1}", "text");
    List<String> ran = new ArrayList<>();
    Future<Long> fine;
    Future<String> refused;
    try (Pipeline pipe = RedPipe.pipeline()) {
      fine = pipe.incr("fine{2}");
      refused = pipe.hget("wrong{1}", "field");
      pipe.onExecute(() -> ran.add("callback"));
      PipelineFailed failed = assertThrows(PipelineFailed.class, pipe::execute);
      assertTrue(failed.getMessage().contains("command #1 HGET b'wrong{1}'"), failed.getMessage());
      assertTrue(failed.getMessage().contains("WRONGTYPE"), failed.getMessage());
    }
    assertFalse(fine.isReady());
    assertFalse(refused.isReady());
    assertEquals(List.of(), ran);
  }
}

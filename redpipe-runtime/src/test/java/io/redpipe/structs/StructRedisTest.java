package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.PipelineFailed;
import io.redpipe.ResultFailed;
import io.redpipe.RedPipe;
import io.redpipe.UndecodableValue;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;

/** Every struct method against a real Redis, alone (null pipe) and inside a shared pipeline. */
@OnBothBackends
class StructRedisTest {

  @Test
  void createAloneWritesPythonCompatibleBytesAndHoldsDecodedValues(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(
        UserStruct.with("c1").name("Jack").lastSeen(5L).admin(true).score(2.5).put("nick", "J"), null);
    assertEquals(Map.of("name", "Jack", "last_seen", "5", "admin", "1", "score", "2.5", "nick", "J"),
        client.hgetAll("U{c1}"));
    assertEquals("Jack", jack.name());
    assertEquals(5L, jack.lastSeen());
    assertTrue(jack.admin());
    assertEquals(2.5, jack.score());
    assertEquals("J", jack.get("nick"));
    assertTrue(jack.isPersisted());
    assertEquals("c1", jack.get("user_id"));
    assertFalse(client.hexists("U{c1}", "user_id"));
  }

  @Test
  void createAndLoadInOnePipelineFillOnExecute(UnifiedJedis client) {
    client.hset("U{p2}", Map.of("name", "Jill", "last_seen", "9"));
    UserStruct jack;
    UserStruct jill;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack = UserStruct.create(UserStruct.with("p1").name("Jack").lastSeen(5L), pipe);
      jill = UserStruct.load("p2", pipe);
      assertNull(jack.name());
      assertFalse(jill.isPersisted());
      pipe.execute();
    }
    assertEquals("Jack", jack.name());
    assertEquals(5L, jack.lastSeen());
    assertEquals("Jill", jill.name());
    assertEquals(9L, jill.lastSeen());
  }

  @Test
  void loadReadsUndeclaredMembersAsTextAndIgnoresAMemberNamedLikeTheKey(UnifiedJedis client) {
    client.hset("U{x1}", Map.of("name", "Ann", "user_id", "spoof", "city", "Zürich ✓"));
    UserStruct ann = UserStruct.load("x1", null);
    assertEquals("x1", ann.get("user_id"));
    assertEquals("x1", ann.asMap().get("user_id"));
    assertEquals("Zürich ✓", ann.get("city"));
    assertEquals(3, ann.size());
    UserStruct some = UserStruct.load("x1", List.of("user_id", "name"), null);
    assertEquals(Map.of("user_id", "x1", "name", "Ann"), some.asMap());
    some.load(List.of("user_id"), null); // only the key: nothing to read
    assertEquals("x1", some.key());
  }

  @Test
  void loadOfMissingHashIsNotPersistedAndAllReplacesLocalCopy(UnifiedJedis client) {
    UserStruct ghost = UserStruct.load("missing", null);
    assertFalse(ghost.isPersisted());
    assertEquals(1, ghost.size());
    UserStruct jack = UserStruct.create(UserStruct.with("r1").name("Jack").put("nick", "J"), null);
    client.hdel("U{r1}", "nick");
    jack.load(null);
    assertEquals(Map.of("user_id", "r1", "name", "Jack"), jack.asMap());
    client.del("U{r1}");
    jack.load(null);
    assertFalse(jack.isPersisted());
  }

  @Test
  void loadOfFieldListReadsExactlyThose(UnifiedJedis client) {
    client.hset("U{f1}", Map.of("name", "Ann", "last_seen", "3", "nick", "A"));
    UserStruct ann = UserStruct.load("f1", List.of("last_seen", "nick", "absent"), null);
    assertEquals(Map.of("user_id", "f1", "last_seen", 3L, "nick", "A"), ann.asMap());
    client.hdel("U{f1}", "nick");
    client.hset("U{f1}", "last_seen", "4");
    ann.load(List.of("nick", "last_seen"), null);
    assertEquals(Map.of("user_id", "f1", "last_seen", 4L), ann.asMap());
    ann.load(List.of(), null); // queues nothing
    assertEquals(4L, ann.lastSeen());
  }

  @Test
  void updateAloneAndInPipelineWithRemovalByNull(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("u1").name("Jack").lastSeen(1L).put("nick", "J"), null);
    jack.update(UserStruct.changes().name("Bobby").lastSeen(7L), null);
    assertEquals("Bobby", jack.name());
    assertEquals("7", client.hget("U{u1}", "last_seen"));
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.update(UserStruct.changes().remove("nick").admin(false).score(0.5), pipe);
      assertEquals("J", jack.get("nick"));
      pipe.execute();
    }
    assertFalse(jack.containsKey("nick"));
    assertFalse(jack.admin());
    assertEquals(0.5, jack.score());
    assertEquals(Map.of("name", "Bobby", "last_seen", "7", "admin", "", "score", "0.5"),
        client.hgetAll("U{u1}"));
  }

  @Test
  void invalidUpdatesQueueNothingAndLeaveLocalStateUnchanged(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("v1").name("Jack").lastSeen(1L), null);
    try (Pipeline pipe = RedPipe.pipeline()) {
      InvalidValue bad = assertThrows(InvalidValue.class,
          () -> jack.update(Map.of("nick", "ok", "last_seen", "soon"), pipe));
      assertTrue(bad.getMessage().contains("U{v1} field 'last_seen'"), bad.getMessage());
      assertThrows(InvalidOperation.class, () -> jack.update(Map.of("user_id", "2"), pipe));
      assertThrows(InvalidOperation.class, () -> jack.update(UserStruct.changes().name(null), pipe));
      assertThrows(InvalidOperation.class, () -> jack.remove(List.of("name"), pipe));
      assertThrows(InvalidOperation.class, () -> jack.remove(List.of("user_id"), pipe));
      assertThrows(InvalidOperation.class, () -> jack.pop("name", pipe));
      assertThrows(InvalidOperation.class, () -> jack.incr("name", 1, pipe));
      assertThrows(InvalidOperation.class, () -> jack.incr("score", 1, pipe));
      assertThrows(InvalidOperation.class, () -> jack.incrFloat("last_seen", 1, pipe));
      pipe.execute();
    }
    assertFalse(client.hexists("U{v1}", "nick"));
    assertEquals(Map.of("user_id", "v1", "name", "Jack", "last_seen", 1L), jack.asMap());
  }

  @Test
  void createWithoutRequiredFieldIsRefused(UnifiedJedis client) {
    InvalidOperation e = assertThrows(InvalidOperation.class,
        () -> UserStruct.create(UserStruct.with("q1").lastSeen(1L), null));
    assertTrue(e.getMessage().contains("[name]"), e.getMessage());
    assertFalse(client.exists("U{q1}"));
  }

  @Test
  void failedExecuteLeavesEveryLocalCopyUnchanged(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("w1").name("Jack").lastSeen(1L), null);
    UserStruct jill = UserStruct.create(UserStruct.with("w2").name("Jill"), null);
    client.del("U{w2}");
    client.set("U{w2}", "not a hash");
    Future<Long> incremented;
    PipelineFailed failed;
    try (Pipeline pipe = RedPipe.pipeline()) {
      jack.update(UserStruct.changes().name("Bobby"), pipe);
      incremented = jack.incrLastSeen(5, pipe);
      jill.update(UserStruct.changes().name("Jane"), pipe); // WRONGTYPE at execute
      jill.load(pipe);
      failed = assertThrows(PipelineFailed.class, pipe::execute);
      assertTrue(failed.getCause() instanceof JedisDataException, failed.toString());
      assertTrue(failed.getMessage().contains("U{w2}"), failed.getMessage());
    }
    assertFalse(incremented.isReady());
    assertTrue(incremented.isFailed());
    ResultFailed e = assertThrows(ResultFailed.class, incremented::get);
    assertSame(failed, e.getCause());
    assertEquals(Map.of("user_id", "w1", "name", "Jack", "last_seen", 1L), jack.asMap());
    assertEquals(Map.of("user_id", "w2", "name", "Jill"), jill.asMap());
  }

  @Test
  void undecodableStoredValueFailsTheExecuteNamingKeyAndField(UnifiedJedis client) {
    client.hset("U{d1}", Map.of("name", "Ann", "last_seen", "yesterday"));
    UserStruct ann = UserStruct.stub("d1");
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> ann.load(null));
    assertTrue(e.getMessage().contains("U{d1} field 'last_seen'"), e.getMessage());
    assertFalse(ann.isPersisted());
  }

  @Test
  void incrDecrAndFloatIncrReturnNewValues(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("i1").name("Jack").lastSeen(10L), null);
    assertEquals(15L, jack.incrLastSeen(5, null).get());
    assertEquals(15L, jack.lastSeen());
    assertEquals(12L, jack.decr("last_seen", 3, null).get());
    assertEquals(1.5, jack.incrScore(1.5, null).get());
    assertEquals(1.0, jack.decrFloat("score", 0.5, null).get());
    assertEquals(1.0, jack.score());
    Future<Long> visits;
    Future<Double> ratio;
    try (Pipeline pipe = RedPipe.pipeline()) {
      visits = jack.incr("visits", 2, pipe);
      ratio = jack.incrFloat("ratio", 0.25, pipe);
      pipe.execute();
    }
    assertEquals(2L, visits.get());
    assertEquals("2", jack.get("visits"));
    assertEquals(0.25, ratio.get());
    assertEquals("0.25", jack.get("ratio"));
    assertEquals("12", client.hget("U{i1}", "last_seen"));
  }

  @Test
  void popReturnsValueOrDefaultAndWorksInTheSamePipelineAsTheLoad(UnifiedJedis client) {
    client.hset("U{o1}", Map.of("name", "Ann", "nick", "A", "last_seen", "4"));
    UserStruct ann = UserStruct.load("o1", null);
    assertEquals(4L, ann.pop("last_seen", null).get());
    assertFalse(ann.containsKey("last_seen"));
    assertEquals("none", ann.pop("absent", "none", null).get());
    UserStruct again;
    Future<Object> nick;
    Future<Object> missing;
    try (Pipeline pipe = RedPipe.pipeline()) {
      again = UserStruct.load("o1", pipe);
      nick = again.pop("nick", pipe);
      missing = again.pop("nothing", "dflt", pipe);
      pipe.execute();
    }
    assertEquals("A", nick.get());
    assertEquals("dflt", missing.get());
    assertEquals(Map.of("user_id", "o1", "name", "Ann"), again.asMap());
    assertFalse(client.hexists("U{o1}", "nick"));
  }

  @Test
  void removeClearAndDelete(UnifiedJedis client, Backend backend) {
    backend.assumeSingleServer("deletes several structs in one DEL;"
        + " their keys U{id} are in different slots");
    UserStruct jack = UserStruct.create(UserStruct.with("k1").name("Jack").lastSeen(1L).put("nick", "J"), null);
    jack.remove(List.of("nick", "last_seen", "absent"), null);
    assertEquals(Map.of("user_id", "k1", "name", "Jack"), jack.asMap());
    assertEquals(Map.of("name", "Jack"), client.hgetAll("U{k1}"));
    jack.clear(null);
    assertFalse(client.exists("U{k1}"));
    assertFalse(jack.isPersisted());
    UserStruct.create(UserStruct.with("k2").name("A"), null);
    UserStruct.create(UserStruct.with("k3").name("B"), null);
    Future<Long> deleted;
    try (Pipeline pipe = RedPipe.pipeline()) {
      deleted = UserStruct.delete(List.of("k2", "k3", "k4"), pipe);
      pipe.execute();
    }
    assertEquals(2L, deleted.get());
    assertFalse(client.exists("U{k2}"));
    assertEquals(0L, UserStruct.delete(List.of(), null).get());
  }

  @Test
  void createNxKeepsExistingMembers(UnifiedJedis client) {
    client.hset("U{n1}", Map.of("name", "Old", "last_seen", "1"));
    UserStruct user = UserStruct.create(UserStruct.with("n1").name("New").admin(true), true, null);
    assertEquals("Old", user.name());
    assertTrue(user.admin());
    assertEquals(1L, user.lastSeen());
    assertEquals("Old", client.hget("U{n1}", "name"));
  }

  @Test
  void copyIsLocalOnly(UnifiedJedis client) {
    UserStruct jack = UserStruct.create(UserStruct.with("cp1").name("Jack"), null);
    UserStruct copy = jack.copy();
    client.del("U{cp1}");
    assertEquals(jack, copy);
    assertFalse(client.exists("U{cp1}"));
    jack.update(UserStruct.changes().name("Bobby"), null);
    assertEquals("Jack", copy.name());
  }

  @Test
  void resp3ClientGivesTheSameStructs(Backend backend) {
    try (UnifiedJedis resp3 = backend.newClient(RedisProtocol.RESP3)) {
      RedPipe.reset();
      RedPipe.connect(resp3);
      UserStruct jack = UserStruct.create(
          UserStruct.with("3a").name("Jack").lastSeen(2L).put("b", "x").put("a", "y"), null);
      assertEquals(List.of("user_id", "name", "last_seen", "b", "a"), new ArrayList<>(jack.keySet()));
      assertEquals(3L, jack.incrLastSeen(1, null).get());
      assertEquals(2.5, jack.incrScore(2.5, null).get());
      assertEquals("x", jack.pop("b", null).get());
      assertEquals(UserStruct.load("3a", null), jack);
    }
  }
}

package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.resps.ScanResult;

@OnBothBackends
class HashKeyspaceTest {
  private static final HashSchema USER = HashSchema.builder("U")
      .field("age", Codecs.INTEGER)
      .field("score", Codecs.FLOAT)
      .field("admin", Codecs.BOOLEAN)
      .build();

  /** What a generated keyspace looks like. */
  static final class UserKeyspace extends HashKeyspace {
    UserKeyspace(Pipeline pipe) {
      super(USER, pipe);
    }

    Future<Long> age(String id) {
      return getField(id, "age", Codecs.INTEGER);
    }

    Future<Long> age(String id, long age) {
      return setField(id, "age", Codecs.INTEGER, age);
    }
  }

  @Test
  void schemaDescribesMembers() {
    assertEquals("U", USER.prefix());
    assertEquals("", USER.connection());
    assertEquals(Set.of("age", "score", "admin"), USER.declaredMembers());
    assertEquals(Codecs.INTEGER, USER.codecFor("age"));
    assertEquals(Codecs.TEXT, USER.codecFor("nickname"));
    assertThrows(IllegalArgumentException.class,
        () -> HashSchema.builder("X").field("a", Codecs.TEXT).field("a", Codecs.TEXT));
  }

  @Test
  void membersAreTypedPerSchema() {
    Modes.aloneAndPipelined("h", (pipe, id) -> {
      UserKeyspace ks = new UserKeyspace(pipe);
      Future<Map<String, Object>> missing = ks.hgetall(id);
      Future<Object> missingMember = ks.hget(id, "age");
      Future<Long> setAge = ks.age(id, 42);
      Future<Long> setName = ks.hset(id, "name", "Jäck");
      Map<String, Object> more = new LinkedHashMap<>();
      more.put("score", 1.5);
      more.put("admin", true);
      Future<Long> multi = ks.hset(id, more);
      Future<Boolean> nx = ks.hsetnx(id, "name", "Jill");
      Future<Boolean> hmset = ks.hmset(id, Map.of("nick", "jj"));
      Future<Long> age = ks.age(id);
      Future<Object> name = ks.hget(id, "name");
      Future<List<Object>> hmget = ks.hmget(id, "age", "missing", "admin");
      Future<Map<String, Object>> all = ks.hgetall(id);
      Future<Set<String>> keys = ks.hkeys(id);
      Future<List<String>> vals = ks.hvals(id);
      Future<Long> len = ks.hlen(id);
      Future<Boolean> exists = ks.hexists(id, "nick");
      Future<Long> strlen = ks.hstrlen(id, "name");
      Future<Long> incr = ks.hincrby(id, "age", 1);
      Future<Double> incrFloat = ks.hincrbyfloat(id, "score", 0.25);
      Future<String> random = ks.hrandfield(id);
      Future<List<String>> randoms = ks.hrandfield(id, 2);
      Future<List<Map.Entry<String, Object>>> withValues = ks.hrandfieldWithValues(id, 10);
      Future<ScanResult<Map.Entry<String, Object>>> scan = ks.hscan(id, "0", "a*", 100);
      Future<Long> deleted = ks.hdel(id, "nick", "missing");
      return () -> {
        assertEquals(Map.of(), missing.get());
        assertNull(missingMember.get());
        assertEquals(1L, setAge.get());
        assertEquals(1L, setName.get());
        assertEquals(2L, multi.get());
        assertFalse(nx.get());
        assertTrue(hmset.get());
        assertEquals(42L, age.get());
        assertEquals("Jäck", name.get());
        assertEquals(Arrays.asList(42L, null, true), hmget.get());
        assertEquals(List.of("age", "name", "score", "admin", "nick"), new ArrayList<>(all.get().keySet()));
        assertEquals(1.5, all.get().get("score"));
        assertEquals(true, all.get().get("admin"));
        assertEquals(Set.of("age", "name", "score", "admin", "nick"), keys.get());
        assertTrue(vals.get().contains("Jäck"));
        assertEquals(5L, len.get());
        assertTrue(exists.get());
        assertEquals(5L, strlen.get());
        assertEquals(43L, incr.get());
        assertEquals(1.75, incrFloat.get());
        assertTrue(keys.get().contains(random.get()));
        assertEquals(2, randoms.get().size());
        assertTrue(withValues.get().contains(new SimpleImmutableEntry<>("name", "Jäck")));
        assertTrue(withValues.get().contains(new SimpleImmutableEntry<>("age", 43L)));
        assertEquals(List.of(new SimpleImmutableEntry<>("age", 43L), new SimpleImmutableEntry<>("admin", true)),
            scan.get().getResult());
        assertEquals(1L, deleted.get());
      };
    });
    List<Map.Entry<String, Object>> all = new ArrayList<>();
    new UserKeyspace(null).hscanIter("h:alone", null, 1).forEachRemaining(all::add);
    assertEquals(4, all.size());
  }

  @Test
  void badValuesFailBeforeQueueing() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      UserKeyspace ks = new UserKeyspace(pipe);
      InvalidValue e = assertThrows(InvalidValue.class, () -> ks.hset("bad", "age", "old"));
      assertTrue(e.getMessage().contains("U{bad}"), e.getMessage());
      assertTrue(e.getMessage().contains("age"), e.getMessage());
      assertTrue(e.getMessage().contains("old"), e.getMessage());
      assertThrows(InvalidValue.class, () -> ks.hset("bad", "name", 7));
      assertThrows(InvalidValue.class, () -> ks.hset("bad", Map.of("score", "x")));
      pipe.execute();
    }
    assertFalse(new UserKeyspace(null).exists("bad").get());
  }

  @Test
  void undecodableMembersNameKeyFieldAndBytes(UnifiedJedis client) {
    client.hset("U{broken}", "age", "forty");
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> new UserKeyspace(null).hgetall("broken"));
    assertTrue(e.getMessage().contains("U{broken}"), e.getMessage());
    assertTrue(e.getMessage().contains("age"), e.getMessage());
    assertTrue(e.getMessage().contains("forty"), e.getMessage());
  }

  @Test
  void worksOverRespTwoToo(Backend backend) {
    RedPipe.reset();
    try (UnifiedJedis resp2 = backend.newClient(redis.clients.jedis.RedisProtocol.RESP2)) {
      RedPipe.connect(resp2);
      UserKeyspace ks = new UserKeyspace(null);
      ks.hset("r2", Map.of("age", 7L));
      ks.hset("r2", "name", "x");
      assertEquals(List.of("age", "name"), new ArrayList<>(ks.hgetall("r2").get().keySet()));
      List<Map.Entry<String, Object>> pairs = ks.hrandfieldWithValues("r2", 2).get();
      assertTrue(pairs.contains(new SimpleImmutableEntry<>("age", 7L)), pairs.toString());
      assertTrue(pairs.contains(new SimpleImmutableEntry<>("name", "x")), pairs.toString());
    }
  }
}

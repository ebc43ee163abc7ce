package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.backends.OnBothBackends;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/** ttl (EXPIRE after every write but clear) and defaultFields DEFINED. */
@OnBothBackends
class SessionStructTest {

  private static void assertTtlSet(UnifiedJedis client, String key) {
    long pttl = client.pttl(key);
    assertTrue(pttl > 0 && pttl <= 100_000, key + " pttl " + pttl);
  }

  @Test
  void everyWriteExceptClearSetsTheTtl(UnifiedJedis client) {
    SessionStruct s = SessionStruct.create(SessionStruct.with("t1").user("ann").hits(1L), null);
    assertTtlSet(client, "S{t1}");
    client.persist("S{t1}");
    s.update(SessionStruct.changes().user("bob"), null);
    assertTtlSet(client, "S{t1}");
    client.persist("S{t1}");
    s.incr(SessionStruct.HITS, 1, null);
    assertTtlSet(client, "S{t1}");
    client.persist("S{t1}");
    s.pop(SessionStruct.USER, null);
    assertTtlSet(client, "S{t1}");
    client.persist("S{t1}");
    s.update(SessionStruct.changes().put("extra", "x"), null);
    client.persist("S{t1}");
    s.remove(List.of("extra"), null);
    assertTtlSet(client, "S{t1}");
    s.clear(null);
    assertEquals(-2L, client.pttl("S{t1}"));
    s.update(SessionStruct.changes().hits(4L), null);
    assertTtlSet(client, "S{t1}");
    s.remove(List.of(SessionStruct.HITS), null);
    assertEquals(-2L, client.pttl("S{t1}")); // the remove emptied the hash
  }

  @Test
  void definedLoadsDeclaredFieldsOnlyButCreateKeepsWhatItWrote(UnifiedJedis client) {
    client.hset("S{d1}", Map.of("user", "ann", "hits", "3", "extra", "x"));
    SessionStruct loaded = SessionStruct.load("d1", null);
    assertEquals(Map.of("_key", "d1", "user", "ann", "hits", 3L), loaded.asMap());
    SessionStruct some = SessionStruct.load("d1", List.of("extra"), null);
    assertEquals(Map.of("_key", "d1", "extra", "x"), some.asMap());
    SessionStruct created = SessionStruct.create(SessionStruct.with("d2").hits(1L).put("note", "n"), null);
    assertEquals(Map.of("_key", "d2", "hits", 1L, "note", "n"), created.asMap());
    SessionStruct missing = SessionStruct.load("d3", null);
    assertFalse(missing.isPersisted());
  }
}

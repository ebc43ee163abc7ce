package io.redpipe.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.testkit.RedisTest;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** SessionStruct against a real Redis: ttl, DEFINED, required, nx and pop with a default. */
@RedisTest
class SessionExamplesTest {
  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect("sessions", client);
    client.del("session{se1}", "session{se2}");
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void startWritesOnTheNamedConnectionWithTheTtl(RedisClient client) {
    SessionStruct session = SessionExamples.start("se1", "jack", null);
    assertEquals("se1", session.key());
    assertEquals("se1", session.get(SessionStruct.KEY_NAME));
    assertEquals("jack", session.user());
    assertEquals(0L, session.hits());
    assertEquals(Map.of("user", "jack", "hits", "0"), client.hgetAll("session{se1}"));
    long ttl = client.ttl("session{se1}");
    assertTrue(ttl > 0 && ttl <= 3600, "ttl " + ttl);
  }

  @Test
  void startWithNxKeepsTheStoredMembers(RedisClient client) {
    SessionExamples.start("se1", "jack", null);
    client.hset("session{se1}", "hits", "7");
    SessionStruct again = SessionExamples.start("se1", "jill", null);
    assertEquals("jack", again.user());
    assertEquals(7L, again.hits());
    assertEquals("jack", client.hget("session{se1}", "user"));
  }

  @Test
  void requiredUserIsCheckedBeforeAnythingIsWritten(RedisClient client) {
    InvalidOperation e = assertThrows(
        InvalidOperation.class,
        () -> SessionStruct.create(SessionStruct.with("se2").hits(1L), null));
    assertTrue(e.getMessage().contains("user"), e.getMessage());
    assertFalse(client.exists("session{se2}"));
  }

  @Test
  void requestLoadsDefinedFieldsCountsAndPopsInOneRoundTrip(RedisClient client) {
    SessionExamples.start("se1", "jack", null);
    client.hset("session{se1}", "flash", "welcome");
    client.persist("session{se1}");

    SessionExamples.Request first = SessionExamples.request("se1", null);
    assertEquals("welcome", first.flash().get());
    assertEquals(1L, first.hits().get());
    assertEquals(1L, first.session().hits());
    assertEquals(Set.of("session_id", "user", "hits"), first.session().keySet());
    assertFalse(first.session().containsKey("flash"), "DEFINED loads declared members only");
    assertFalse(client.hexists("session{se1}", "flash"));
    assertTrue(client.ttl("session{se1}") > 0, "writes renew the ttl");

    SessionExamples.Request second = SessionExamples.request("se1", null);
    assertEquals("none", second.flash().get());
    assertEquals(2L, second.session().hits());
  }
}

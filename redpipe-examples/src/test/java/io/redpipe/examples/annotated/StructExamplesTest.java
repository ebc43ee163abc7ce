package io.redpipe.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.examples.codecs.Color;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class StructExamplesTest {
  private static final Instant CREATED = Instant.ofEpochMilli(1_700_000_000_123L);

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
    client.del("user{st1}", "user{st2}", "user{st3}", "user{st4}");
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void registerStoresTypedValuesAndReadsThemBack(RedisClient client) {
    UserStruct jack = StructExamples.register("st1", "Jack", CREATED, null);
    assertTrue(jack.isPersisted());
    assertEquals("st1", jack.key());
    assertEquals("user{st1}", jack.redisKey());
    assertEquals("Jack", jack.name());
    assertEquals(0, jack.logins());
    assertEquals(Boolean.FALSE, jack.admin());
    assertEquals(Color.BLUE, jack.color());
    assertEquals(CREATED, jack.createdAt());
    assertEquals(List.of("new"), jack.tags());
    assertNull(jack.lastSeen());
    assertEquals("jack", jack.get("nickname"));
    assertEquals("st1", jack.get(UserStruct.KEY_NAME));
    assertEquals("Hello, Jack!", jack.greeting());
    assertEquals("BLUE", client.hget("user{st1}", "color"));
    assertEquals("1700000000123", client.hget("user{st1}", "created_at"));
    assertEquals(jack, StructExamples.load("st1", null));
    assertEquals(jack, jack.copy());
  }

  @Test
  void createsAndLoadsInOneRoundTrip() {
    StructExamples.register("st2", "Jill", CREATED, null);
    UserStruct bob;
    UserStruct jill;
    try (Pipeline pipe = RedPipe.pipeline()) {
      bob = StructExamples.register("st3", "Bob", CREATED, pipe);
      jill = StructExamples.load("st2", pipe);
      assertFalse(jill.isPersisted());
      pipe.execute();
    }
    assertEquals("Bob", bob.name());
    assertEquals("Jill", jill.name());
  }

  @Test
  void sessionUpdatesIncrementsPopsRemovesAndDeletesInOneRoundTrip(RedisClient client) {
    StructExamples.register("st1", "Jack", CREATED, null);
    client.hset("user{st1}", "admin", "1");
    StructExamples.register("st4", "Gone", CREATED, null);
    StructExamples.Session session = StructExamples.session("st1", 1234L, null, "st4", "st9");
    UserStruct jack = session.user();
    assertEquals(1L, session.logins().get());
    assertEquals("jack", session.nickname().get());
    assertEquals(1L, session.deleted().get());
    assertEquals(1, jack.logins());
    assertEquals(1234L, jack.lastSeen());
    assertEquals(0.75, jack.score());
    assertNull(jack.admin());
    assertFalse(jack.containsKey("nickname"));
    assertEquals(
        Map.of("name", "Jack", "logins", "1", "last_seen", "1234", "score", "0.75",
            "color", "BLUE", "created_at", "1700000000123", "tags", "new"),
        client.hgetAll("user{st1}"));
    assertFalse(client.exists("user{st4}"));

    jack.incrScore(0.25, null);
    assertEquals(1.0, jack.score());
    StructExamples.wipe(jack, null);
    assertFalse(jack.isPersisted());
    assertFalse(client.exists("user{st1}"));
    InvalidOperation missing = assertThrows(InvalidOperation.class, jack::logins);
    assertTrue(missing.getMessage().contains("user{st1} has no member 'logins'"), missing.getMessage());
  }

  @Test
  void requiredNameIsCheckedBeforeAnythingIsQueued(RedisClient client) {
    InvalidOperation e = assertThrows(
        InvalidOperation.class,
        () -> UserStruct.create(UserStruct.with("st1").logins(3), null));
    assertTrue(e.getMessage().contains("name"), e.getMessage());
    assertFalse(client.exists("user{st1}"));
    UserStruct jack = StructExamples.register("st1", "Jack", CREATED, null);
    assertThrows(InvalidOperation.class, () -> jack.remove(List.of(UserStruct.NAME), null));
    assertEquals("Jack", client.hget("user{st1}", "name"));
  }

  @Test
  void coreGivesTheTypedKeyspaceOfTheSameHashes() {
    StructExamples.register("st1", "Jack", CREATED, null);
    assertEquals("Jack", UserStruct.core(null).getName("st1").get());
    assertEquals(Color.BLUE, UserStruct.core(null).getColor("st1").get());
  }
}

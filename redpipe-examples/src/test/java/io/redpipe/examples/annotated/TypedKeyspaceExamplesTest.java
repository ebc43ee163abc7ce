package io.redpipe.examples.annotated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class TypedKeyspaceExamplesTest {
  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
    RedPipe.connect("audit", client);
    client.del("user{tk1}", "user{tk2}", "followers{tk}", "pageviews{tk}", "places{tk}",
        "post_tags{tk}", "jobs{tk}", "counter{tk}", "audit{tk}");
    for (int shard = 0; shard < SettingsKeyspace.SHARD_COUNT; shard++) {
      client.hdel("setting{" + shard + "}", "tk-theme", "tk-lang");
    }
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void userKeyspaceIsTyped(RedisClient client) {
    User user = TypedKeyspaceExamples.login("tk1", "Jack", null).get();
    assertEquals("Jack", user.name());
    assertEquals(1, user.logins());
    assertEquals(0.5, user.score());
    assertNull(user.admin());
    assertEquals("Hello, Jack!", user.greeting());
    assertEquals(Map.of("name", "Jack", "logins", "1", "score", "0.5"), client.hgetAll("user{tk1}"));
    assertEquals(1, TypedKeyspaceExamples.logins("tk1", null).get());
    assertNull(TypedKeyspaceExamples.logins("tk2", null).get());
    User missing = UserKeyspace.of().view("tk2").get();
    InvalidOperation e = assertThrows(InvalidOperation.class, missing::logins);
    assertTrue(e.getMessage().contains("user{tk2} has no member 'logins'"), e.getMessage());
  }

  @Test
  void everyKindAlone(RedisClient client) {
    TypedKeyspaceExamples.follow("tk", "a", 1, null);
    assertEquals(List.of("b", "a"), TypedKeyspaceExamples.follow("tk", "b", 2, null).get());
    TypedKeyspaceExamples.visit("tk", "x", null);
    assertEquals(2L, TypedKeyspaceExamples.visit("tk", "y", null).get());
    double km = TypedKeyspaceExamples.distance(
        "tk", "colosseum", 12.4922, 41.8902, "pantheon", 12.4769, 41.8986, null).get();
    assertTrue(km > 1.4 && km < 1.7, "distance " + km);
    TypedKeyspaceExamples.tag("tk", "redis", null);
    assertEquals(Set.of("redis", "java"), TypedKeyspaceExamples.tag("tk", "java", null).get());
    client.rpush("jobs{tk}", "5");
    assertEquals(5L, TypedKeyspaceExamples.enqueueAndTake("tk", 7, null).get());
    assertEquals(7L, TypedKeyspaceExamples.enqueueAndTake("tk", 9, null).get());
    assertEquals(List.of("9"), client.lrange("jobs{tk}", 0, -1));
    TypedKeyspaceExamples.count("tk", 5, null);
    assertEquals(3L, TypedKeyspaceExamples.count("tk", -2, null).get());
    assertEquals("dark", TypedKeyspaceExamples.setting("tk-theme", "dark", null).get());
    int shard = SettingsKeyspace.of().shard("tk-theme");
    assertEquals("dark", client.hget("setting{" + shard + "}", "tk-theme"));
    assertEquals(List.of("login"), TypedKeyspaceExamples.audit("tk", "login", null).get());
  }

  @Test
  void everyKindInOneRoundTrip(RedisClient client) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<User> user = TypedKeyspaceExamples.login("tk2", "Jill", pipe);
      Future<List<String>> followers = TypedKeyspaceExamples.follow("tk", "c", 3, pipe);
      Future<Long> visitors = TypedKeyspaceExamples.visit("tk", "z", pipe);
      Future<Set<String>> tags = TypedKeyspaceExamples.tag("tk", "pipelines", pipe);
      Future<Long> job = TypedKeyspaceExamples.enqueueAndTake("tk", 1, pipe);
      Future<Long> count = TypedKeyspaceExamples.count("tk", 10, pipe);
      Future<String> lang = TypedKeyspaceExamples.setting("tk-lang", "en", pipe);
      Future<List<String>> audit = TypedKeyspaceExamples.audit("tk", "logout", pipe);
      assertFalse(user.isReady());
      pipe.execute();
      assertEquals("Jill", user.get().name());
      assertEquals(List.of("c"), followers.get());
      assertEquals(1L, visitors.get());
      assertEquals(Set.of("pipelines"), tags.get());
      assertEquals(1L, job.get());
      assertEquals(10L, count.get());
      assertEquals("en", lang.get());
      assertEquals(List.of("logout"), audit.get());
    }
    assertEquals("1", client.hget("user{tk2}", "logins"));
  }
}

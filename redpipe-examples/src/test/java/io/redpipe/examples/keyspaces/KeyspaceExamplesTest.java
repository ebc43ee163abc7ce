package io.redpipe.examples.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class KeyspaceExamplesTest {
  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void everyKindAlone(RedisClient client) {
    assertTrue(KeyspaceExamples.startSession("tok", "u1", null).get() > 3500);
    assertEquals("u1", client.get("session{tok}"));
    Map<String, Object> user = KeyspaceExamples.createUser("1", "Jack", 42, null).get();
    assertEquals(Map.of("name", "Jack", "age", 42L, "nickname", "jack"), user);
    assertEquals("Jack", UserKeyspace.of(null).name("1").get());
    KeyspaceExamples.follow("1", "2", 100, null);
    assertEquals(List.of("3", "2"), KeyspaceExamples.follow("1", "3", 200, null).get());
    assertEquals(Set.of("redis", "java"), KeyspaceExamples.tag("p1", null, "redis", "java").get());
    for (long e = 1; e <= 6; e++) {
      KeyspaceExamples.recordEvent("u1", e, null);
    }
    assertEquals(List.of(7L, 6L, 5L, 4L, 3L), KeyspaceExamples.recordEvent("u1", 7, null).get());
    KeyspaceExamples.visit("home", "a", null);
    KeyspaceExamples.visit("home", "b", null);
    assertEquals(2L, KeyspaceExamples.visit("home", "a", null).get());
    KeyspaceExamples.addShop("rome", "Forno", 12.4964, 41.9028, null);
    KeyspaceExamples.addShop("rome", "Far away", 13.5, 42.9, null);
    assertEquals(List.of("Forno"), KeyspaceExamples.shopsNear("rome", 12.5, 41.9, 5, null).get());
    assertEquals(1L, KeyspaceExamples.shorten("abc", "https://example.com/a", null).get());
    assertEquals(0L, KeyspaceExamples.shorten("abc", "https://example.com/other", null).get());
    assertEquals(Arrays.asList("https://example.com/a", null), KeyspaceExamples.resolve(null, "abc", "nope").get());
  }

  @Test
  void everyKindInOneRoundTrip() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> ttl = KeyspaceExamples.startSession("tok2", "u2", pipe);
      Future<Map<String, Object>> user = KeyspaceExamples.createUser("2", "Jill", 30, pipe);
      Future<List<String>> followers = KeyspaceExamples.follow("2", "1", 1, pipe);
      Future<Set<String>> tags = KeyspaceExamples.tag("p2", pipe, "a");
      Future<List<Long>> events = KeyspaceExamples.recordEvent("u2", 1, pipe);
      Future<Long> visitors = KeyspaceExamples.visit("about", "x", pipe);
      KeyspaceExamples.addShop("paris", "Boulangerie", 2.3522, 48.8566, pipe);
      Future<List<String>> shops = KeyspaceExamples.shopsNear("paris", 2.35, 48.85, 2, pipe);
      KeyspaceExamples.shorten("xyz", "https://example.com/x", pipe);
      Future<List<String>> links = KeyspaceExamples.resolve(pipe, "xyz");
      assertFalse(user.isReady());
      pipe.execute();
      assertTrue(ttl.get() > 3500);
      assertEquals("Jill", user.get().get("name"));
      assertEquals(List.of("1"), followers.get());
      assertEquals(Set.of("a"), tags.get());
      assertEquals(List.of(1L), events.get());
      assertEquals(1L, visitors.get());
      assertEquals(List.of("Boulangerie"), shops.get());
      assertEquals(List.of("https://example.com/x"), links.get());
    }
  }

  @Test
  void queuesLeaderboardsAndThePythonShardExample(RedisClient client) {
    assertEquals(2L, KeyspaceExamples.enqueue("mail", null, "j1", "j2").get());
    assertEquals("j1", KeyspaceExamples.claimJob("mail", "w1", 0.1, null).get());
    assertEquals(List.of("j1"), client.lrange("jobs{mail:w1}", 0, -1));
    assertEquals(List.of("j2"), client.lrange("jobs{mail}", 0, -1));
    KeyspaceExamples.recordScore("chess", "ana", 10, null);
    KeyspaceExamples.recordScore("chess", "bo", 30, null);
    KeyspaceExamples.recordScore("chess", "cy", 20, null);
    KeyspaceExamples.recordScore("chess", "dee", 5, null);
    assertEquals(List.of(Map.entry("bo", 30.0), Map.entry("cy", 20.0), Map.entry("ana", 10.0)),
        KeyspaceExamples.recordScore("chess", "bo", 1, null).get());
    assertEquals("my_index{1}", KeyspaceExamples.indexKey("a", "apple"));
    assertEquals("apple", client.hget("my_index{1}", "a"));
    try (Pipeline pipe = RedPipe.pipeline()) {
      KeyspaceExamples.enqueue("sms", pipe, "s1");
      Future<String> claimed = KeyspaceExamples.claimJob("sms", "w2", 0.1, pipe);
      Future<List<Map.Entry<String, Double>>> top = KeyspaceExamples.recordScore("go", "eve", 7, pipe);
      pipe.execute();
      assertEquals("s1", claimed.get());
      assertEquals(List.of(Map.entry("eve", 7.0)), top.get());
    }
  }
}

package io.redpipe.examples.porting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.PipelineFailed;
import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

@RedisTest
class PortingExamplesTest {
  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
    client.del("player{pe1}", "player{pe2}", "player{pe3}", "player{py}", "follows{pe-friend}",
        "pe:not-a-hash");
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void registerWritesOnceAndHoldsWhatItWrote(RedisClient client) {
    PlayerStruct ann = Player.register("pe1", "Ann", "bard", null);
    // Python's bytes, the keyword members under their stored names
    assertEquals(Map.of("name", "Ann", "level", "1", "class", "bard"), client.hgetAll("player{pe1}"));
    assertEquals(Map.of("player_id", "pe1", "name", "Ann", "level", 1L, "class", "bard"),
        ann.asMap());
    assertEquals("Ann the bard (level 1)", ann.title());
    assertEquals(2L, Player.levelUp(ann, null).get());
    assertEquals(2L, ann.level());
  }

  @Test
  void aDefaultLoadReadsTheListedMembersAndAllReadsEverything(RedisClient client) {
    // Written by Python; settings from before the field became a DictField: a list of pairs.
    Map<byte[], byte[]> python = new LinkedHashMap<>();
    python.put(utf8("name"), utf8("Zoë"));
    python.put(utf8("level"), utf8("7"));
    python.put(utf8("class"), utf8("monk"));
    python.put(utf8("float"), utf8("1"));
    python.put(utf8("settings"), utf8("[[\"theme\", \"dark\"], [\"volume\", 7]]"));
    python.put(utf8("bio"), utf8("a long story"));
    client.hset(utf8("player{py}"), python);

    PlayerStruct card = PortingExamples.card("py", null);
    assertEquals(Map.of("player_id", "py", "name", "Zoë", "level", 7L, "class", "monk"),
        card.asMap());
    assertEquals("Zoë the monk (level 7)", card.title());
    PlayerStruct all = PortingExamples.everything("py", null);
    assertTrue(all.floating());
    assertEquals(Map.of("theme", "dark", "volume", 7L), all.settings());
    assertEquals("a long story", all.bio());
    card.load(io.redpipe.structs.Fields.ALL, null);
    assertEquals(all, card);
    // Written back, the settings are a JSON object, as Python writes a dict.
    all.update(PlayerStruct.changes().settings(all.settings()), null);
    assertEquals("{\"theme\": \"dark\", \"volume\": 7}", client.hget("player{py}", "settings"));
  }

  @Test
  void joinAndFollowAloneAndInASharedPipeline(RedisClient client) {
    PortingExamples.Joined alone =
        PortingExamples.joinAndFollow("pe1", "Ann", "bard", "pe-friend", 1, null);
    assertEquals(2L, alone.level().get());
    assertEquals(2L, alone.player().level());
    assertEquals(List.of("pe1"), alone.followers().get());

    PortingExamples.Joined joined;
    PlayerStruct ann;
    Future<Boolean> following;
    try (Pipeline pipe = RedPipe.pipeline()) {
      joined = PortingExamples.joinAndFollow("pe2", "Bob", "rogue", "pe-friend", 2, pipe);
      ann = PortingExamples.everything("pe1", pipe);
      following = Follows.follows("pe-friend", "pe2", pipe);
      assertFalse(joined.level().isReady());
      assertEquals(1, joined.player().size());
      pipe.execute();
    }
    assertEquals(Map.of("player_id", "pe2", "name", "Bob", "level", 2L, "class", "rogue"),
        joined.player().asMap());
    assertEquals(List.of("pe2", "pe1"), joined.followers().get());
    assertEquals("Ann", ann.name());
    assertTrue(following.get());
    assertFalse(Follows.follows("pe-friend", "nobody", null).get());
  }

  @Test
  void aFailedExecuteChangesNoPlayer(RedisClient client) {
    PlayerStruct ann = Player.register("pe1", "Ann", "bard", null);
    Map<String, Object> before = ann.asMap();
    client.set("pe:not-a-hash", "x");
    PortingExamples.Joined joined;
    Future<Long> level;
    try (Pipeline pipe = RedPipe.pipeline()) {
      joined = PortingExamples.joinAndFollow("pe3", "Cy", "mage", "pe-friend", 3, pipe);
      level = Player.levelUp(ann, pipe);
      ann.load(io.redpipe.structs.Fields.ALL, pipe);
      pipe.executeCommand(pipe.commandObjects().hset("pe:not-a-hash", "f", "v"));
      assertThrows(PipelineFailed.class, pipe::execute);
    }
    assertEquals(before, ann.asMap());
    assertEquals(Map.of("player_id", "pe3"), joined.player().asMap());
    assertTrue(level.isFailed());
    assertTrue(joined.followers().isFailed());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.args.GeoUnit;

/**
 * The cached prefix bytes build the same keys as {@link Keys#format} for every kind of id
 * (ASCII, accented, outside the BMP, braces, empty), under ASCII and non-ASCII prefixes; SCAN
 * gives the ids back. Also: SORT hash-field patterns and a binary geo search center.
 */
@RedisTest
class RawKeyTest {
  private static final List<String> IDS =
      List.of("plain", "ünï", "日本", "😀x", "a{b}c", "}", "{", "", "a b", "\u007f");

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void rawKeysMatchTheFormattedKeysAndScanReturnsTheIds(RedisClient client) {
    for (String prefix : List.of("RK", "Ré*")) {
      KeyspaceSpec<String> spec = KeyspaceSpec.of(prefix, null, Codecs.TEXT);
      StringKeyspace<String> alone = new StringKeyspace<>(spec, null);
      for (String id : IDS) {
        assertArrayEquals(Keys.format(prefix, id).getBytes(StandardCharsets.UTF_8), alone.rawKey(id), id);
      }
      try (Pipeline pipe = RedPipe.pipeline()) {
        StringKeyspace<String> piped = new StringKeyspace<>(spec, pipe);
        for (String id : IDS) {
          piped.set(id, "v:" + id);
        }
        pipe.execute();
      }
      for (String id : IDS) {
        assertEquals("v:" + id, client.get(Keys.format(prefix, id)), id);
      }
      Set<String> scanned = new HashSet<>();
      alone.scanIter().forEachRemaining(scanned::add);
      assertEquals(new HashSet<>(IDS), scanned, prefix);
    }
  }

  @Test
  void sortPatternsWithHashFieldsNamespaceOnlyTheKey(RedisClient client) {
    client.rpush("SRT{ids}", "1", "2", "3");
    client.hset("SRT{u_1}", "age", "30");
    client.hset("SRT{u_2}", "age", "10");
    client.hset("SRT{u_3}", "age", "20");
    client.hset("SRT{u_1}", "name", "ana");
    client.hset("SRT{u_2}", "name", "bö");
    client.hset("SRT{u_3}", "name", "cy");
    Modes.aloneAndPipelined("hf", (pipe, id) -> {
      ListKeyspace<String> ks = new ListKeyspace<>(KeyspaceSpec.of("SRT", null, Codecs.TEXT), pipe);
      Future<List<String>> names =
          ks.sort("ids", SortOptions.sortOptions().by("u_*->age").get("u_*->name").get("#"));
      return () -> assertEquals(List.of("bö", "2", "cy", "3", "ana", "1"), names.get());
    });
  }

  @Test
  void aGeoSearchCenterMustBeText() {
    GeoKeyspace<byte[]> ks = new GeoKeyspace<>(KeyspaceSpec.of("GB", null, Codecs.BINARY), null);
    byte[] binary = {(byte) 0xff, 0x00};
    ks.geoadd("g", binary, 13.4, 52.5);
    ks.geoadd("g", "ok".getBytes(StandardCharsets.UTF_8), 13.41, 52.51);
    InvalidValue error = assertThrows(InvalidValue.class,
        () -> ks.geosearch("g", GeoSearch.fromMember(binary).byRadius(10, GeoUnit.KM)));
    assertTrue(error.getMessage().contains("GB{g}"), error.getMessage());
    assertEquals(2, ks.geosearch("g",
        GeoSearch.fromMember("ok".getBytes(StandardCharsets.UTF_8)).byRadius(10, GeoUnit.KM)).get().size());
  }
}

package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.GeoCoordinate;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.args.GeoUnit;

@OnBothBackends
class GeoAndHashedStringTest {
  private static final KeyspaceSpec<String> GEO = KeyspaceSpec.of("Geo", null, Codecs.TEXT);

  @Test
  void geoCommands(Backend backend) {
    backend.assumeSingleServer("GEOSEARCHSTORE writes to another id;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("geo", (pipe, id) -> {
      GeoKeyspace<String> ks = new GeoKeyspace<>(GEO, pipe);
      Future<Long> palermo = ks.geoadd(id, "Palermo", 13.361389, 38.115556);
      Map<String, GeoCoordinate> more = new LinkedHashMap<>();
      more.put("Catania", new GeoCoordinate(15.087269, 37.502669));
      more.put("Zürich", new GeoCoordinate(8.541694, 47.376887));
      Future<Long> added = ks.geoadd(id, more);
      Future<List<GeoCoordinate>> pos = ks.geopos(id, "Palermo", "Nowhere");
      Future<Double> dist = ks.geodist(id, "Palermo", "Catania", GeoUnit.KM);
      Future<Double> distMissing = ks.geodist(id, "Palermo", "Nowhere", GeoUnit.KM);
      Future<List<String>> hashes = ks.geohash(id, "Palermo", "Nowhere");
      Future<List<GeoMatch<String>>> radius = ks.geosearch(id,
          GeoSearch.<String>fromPoint(15, 37).byRadius(200, GeoUnit.KM).asc().withDist().withCoord());
      Future<List<GeoMatch<String>>> fromMember = ks.geosearch(id,
          GeoSearch.fromMember("Palermo").byRadius(200, GeoUnit.KM).desc());
      Future<List<GeoMatch<String>>> box = ks.geosearch(id,
          GeoSearch.<String>fromPoint(10, 42).byBox(1500, 1500, GeoUnit.KM).count(1).asc());
      Future<Long> stored = ks.geosearchStore(id + "near", id,
          GeoSearch.<String>fromPoint(15, 37).byRadius(200, GeoUnit.KM), false);
      Future<Long> storedDist = ks.geosearchStore(id + "dist", id,
          GeoSearch.fromMember("Catania").byRadius(300, GeoUnit.KM), true);
      Future<List<String>> near = ks.sort(id + "near", SortOptions.sortOptions().alpha());
      return () -> {
        assertEquals(1L, palermo.get());
        assertEquals(2L, added.get());
        assertEquals(13.361389, pos.get().get(0).getLongitude(), 1e-5);
        assertNull(pos.get().get(1));
        assertEquals(166.27, dist.get(), 0.01);
        assertNull(distMissing.get());
        assertEquals("sqc8b49rny0", hashes.get().get(0));
        assertNull(hashes.get().get(1));
        assertEquals(2, radius.get().size());
        assertEquals("Catania", radius.get().get(0).member());
        assertEquals(56.44, radius.get().get(0).distance(), 0.01);
        assertNotNull(radius.get().get(0).coordinate());
        assertEquals(Arrays.asList("Catania", "Palermo"),
            Arrays.asList(fromMember.get().get(0).member(), fromMember.get().get(1).member()));
        assertNull(fromMember.get().get(0).distance());
        assertEquals(1, box.get().size());
        assertEquals(2L, stored.get());
        assertEquals(2L, storedDist.get());
        assertEquals(List.of("Catania", "Palermo"), near.get());
      };
    });
  }

  @Test
  void geoSearchNeedsAShape() {
    GeoKeyspace<String> ks = new GeoKeyspace<>(GEO, null);
    InvalidOperation e = assertThrows(InvalidOperation.class,
        () -> ks.geosearch("g", GeoSearch.<String>fromPoint(1, 2)));
    assertTrue(e.getMessage().contains("Geo{g}"), e.getMessage());
  }

  @Test
  void shardsLikePythonRedPipe() {
    KeyspaceSpec<String> spec = KeyspaceSpec.of("my_index", null, Codecs.TEXT);
    assertEquals(1, new HashedStringKeyspace<>(spec, 3, null).shard("a"));
    assertEquals(33, new HashedStringKeyspace<>(spec, 64, null).shard("a"));
    assertEquals("my_index{1}", new HashedStringKeyspace<>(spec, 3, null).shardKey("a"));
    assertThrows(IllegalArgumentException.class, () -> new HashedStringKeyspace<>(spec, 0, null));
  }

  @Test
  void hashedStringCommands(UnifiedJedis client) {
    KeyspaceSpec<String> spec = KeyspaceSpec.of("hs", null, Codecs.TEXT);
    Modes.aloneAndPipelined("k", (pipe, id) -> {
      HashedStringKeyspace<String> ks = new HashedStringKeyspace<>(spec, 3, pipe);
      Future<String> missing = ks.get(id);
      Future<Long> set = ks.set(id, "välue");
      Future<Long> update = ks.set(id, "value2");
      Future<Long> nxBlocked = ks.set(id, "x", true);
      Future<Long> setnx = ks.setnx(id + "n", "n");
      Future<String> value = ks.get(id);
      Future<Long> strlen = ks.strlen(id);
      Future<Long> incr = ks.incr(id + "c");
      Future<Long> incrBy = ks.incrBy(id + "c", 9);
      Future<Double> incrFloat = ks.incrByFloat(id + "f", 0.5);
      Future<List<String>> mget = ks.mget(id, id + "none", id + "n");
      Future<Long> deleted = ks.delete(id + "n", id + "c", id + "none");
      return () -> {
        assertNull(missing.get());
        assertEquals(1L, set.get());
        assertEquals(0L, update.get());
        assertEquals(0L, nxBlocked.get());
        assertEquals(1L, setnx.get());
        assertEquals("value2", value.get());
        assertEquals(6L, strlen.get());
        assertEquals(1L, incr.get());
        assertEquals(10L, incrBy.get());
        assertEquals(0.5, incrFloat.get());
        assertEquals(Arrays.asList("value2", null, "n"), mget.get());
        assertEquals(2L, deleted.get());
      };
    });
    HashedStringKeyspace<String> ks = new HashedStringKeyspace<>(spec, 3, null);
    assertEquals("value2", client.hget(ks.shardKey("k:alone"), "k:alone"));
  }

  @Test
  void hashedStringScanCoversEveryShardIncludingTheLast() {
    KeyspaceSpec<Long> spec = KeyspaceSpec.of("hscan", null, Codecs.INTEGER);
    HashedStringKeyspace<Long> ks = new HashedStringKeyspace<>(spec, 4, null);
    Map<String, Long> expected = new HashMap<>();
    boolean[] shardsUsed = new boolean[4];
    try (Pipeline pipe = RedPipe.pipeline()) {
      HashedStringKeyspace<Long> piped = new HashedStringKeyspace<>(spec, 4, pipe);
      for (long i = 0; i < 200; i++) {
        piped.set("id" + i, i);
        expected.put("id" + i, i);
        shardsUsed[ks.shard("id" + i)] = true;
      }
      pipe.execute();
    }
    assertTrue(shardsUsed[3]);
    Map<String, Long> seen = new HashMap<>();
    Iterator<Map.Entry<String, Long>> it = ks.scanIter(null, 10);
    it.forEachRemaining(e -> seen.put(e.getKey(), e.getValue()));
    assertEquals(expected, seen);
    Map<String, Long> matched = new HashMap<>();
    ks.scanIter("id1?", 10).forEachRemaining(e -> matched.put(e.getKey(), e.getValue()));
    Map<String, Long> expectedMatches = new HashMap<>();
    for (long i = 10; i < 20; i++) {
      expectedMatches.put("id" + i, i);
    }
    assertEquals(expectedMatches, matched);
  }

  @Test
  void hashedStringRejectsBadValues() {
    @SuppressWarnings({"unchecked", "rawtypes"})
    HashedStringKeyspace<Object> ks =
        (HashedStringKeyspace) new HashedStringKeyspace<>(KeyspaceSpec.of("hsi", null, Codecs.INTEGER), 3, null);
    InvalidValue e = assertThrows(InvalidValue.class, () -> ks.set("a", "nope"));
    assertTrue(e.getMessage().contains("hsi{1}"), e.getMessage());
    assertTrue(e.getMessage().contains("'a'"), e.getMessage());
  }
}

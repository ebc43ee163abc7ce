package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeException;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisTest;
import io.redpipe.testkit.RequiresRedis;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.resps.ScanResult;

@RedisTest
class CommonCommandsTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("C", null, Codecs.TEXT);

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void lifecycleCommands() {
    Modes.aloneAndPipelined("life", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      ks.set(id, "v");
      ks.set(id + "2", "w");
      Future<Boolean> exists = ks.exists(id);
      Future<Long> count = ks.countExisting(id, id + "2", id + "missing");
      Future<String> type = ks.type(id);
      Future<String> typeMissing = ks.type(id + "missing");
      Future<Long> noTtl = ks.ttl(id);
      Future<Long> missingTtl = ks.pttl(id + "missing");
      Future<Boolean> expire = ks.expire(id, 100);
      Future<Long> ttl = ks.ttl(id);
      Future<Boolean> pexpire = ks.pexpire(id, 100_000);
      Future<Long> pttl = ks.pttl(id);
      Future<Boolean> persist = ks.persist(id);
      Future<Boolean> persistAgain = ks.persist(id);
      Future<Boolean> expireAt = ks.expireAt(id + "2", 4_000_000_000L);
      Future<Boolean> pexpireAt = ks.pexpireAt(id + "2", 4_000_000_000_000L);
      Future<Boolean> expireMissing = ks.expire(id + "missing", 10);
      Future<Boolean> renameNx = ks.renameNx(id, id + "2");
      Future<Boolean> rename = ks.rename(id + "2", id + "3");
      Future<String> renamed = ks.get(id + "3");
      Future<Long> deleted = ks.delete(id, id + "3", id + "missing");
      Future<Long> unlinked = ks.unlink(id);
      return () -> {
        assertTrue(exists.get());
        assertEquals(2L, count.get());
        assertEquals("string", type.get());
        assertEquals("none", typeMissing.get());
        assertEquals(-1L, noTtl.get());
        assertEquals(-2L, missingTtl.get());
        assertTrue(expire.get());
        assertTrue(ttl.get() > 0 && ttl.get() <= 100);
        assertTrue(pexpire.get());
        assertTrue(pttl.get() > 0 && pttl.get() <= 100_000);
        assertTrue(persist.get());
        assertFalse(persistAgain.get());
        assertTrue(expireAt.get());
        assertTrue(pexpireAt.get());
        assertFalse(expireMissing.get());
        assertFalse(renameNx.get());
        assertTrue(rename.get());
        assertEquals("w", renamed.get());
        assertEquals(2L, deleted.get());
        assertEquals(0L, unlinked.get());
      };
    });
  }

  @Test
  @RequiresRedis("7.0")
  void expireOptions() {
    Modes.aloneAndPipelined("expopt", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      ks.set(id, "v");
      Future<Boolean> xx = ks.expire(id, 100, ExpiryOption.XX);
      Future<Boolean> nx = ks.expire(id, 100, ExpiryOption.NX);
      Future<Boolean> gt = ks.pexpire(id, 50_000, ExpiryOption.GT);
      Future<Boolean> lt = ks.pexpire(id, 50_000, ExpiryOption.LT);
      Future<Boolean> atGt = ks.expireAt(id, 4_000_000_000L, ExpiryOption.GT);
      Future<Boolean> patLt = ks.pexpireAt(id, 1_000L, ExpiryOption.XX);
      Future<Boolean> gone = ks.exists(id);
      return () -> {
        assertFalse(xx.get());
        assertTrue(nx.get());
        assertFalse(gt.get());
        assertTrue(lt.get());
        assertTrue(atGt.get());
        assertTrue(patLt.get());
        assertFalse(gone.get());
      };
    });
  }

  @Test
  void dumpRestoreAndRestoreNx() {
    Modes.aloneAndPipelined("dump", (pipe, id) -> {
      StringKeyspace<String> alone = new StringKeyspace<>(SPEC, null);
      alone.set(id, "payload ☃");
      byte[] payload = alone.dump(id).get();
      assertNull(alone.dump(id + "missing").get());
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      Future<String> restored = ks.restore(id + "r", 0, payload);
      Future<Long> nxExisting = ks.restoreNx(id, 0, payload);
      Future<Long> nxNew = ks.restoreNx(id + "n", 100_000, payload);
      Future<String> copy = ks.get(id + "n");
      Future<Long> ttl = ks.pttl(id + "n");
      Future<String> copy2 = ks.get(id + "r");
      return () -> {
        assertEquals("OK", restored.get());
        assertEquals(0L, nxExisting.get());
        assertEquals(1L, nxNew.get());
        assertEquals("payload ☃", copy.get());
        assertTrue(ttl.get() > 0);
        assertEquals("payload ☃", copy2.get());
      };
    });
  }

  @Test
  void evalNamespacesKeysOnly() {
    Modes.aloneAndPipelined("eval", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(SPEC, pipe);
      Future<Object> reply = ks.eval("redis.call('set', KEYS[1], ARGV[1]); return KEYS[1]",
          List.of(id), List.of("from-lua"));
      Future<String> value = ks.get(id);
      return () -> {
        assertEquals("C{" + id + "}", new String((byte[]) reply.get(), StandardCharsets.UTF_8));
        assertEquals("from-lua", value.get());
      };
    });
  }

  @Test
  void sortNamespacesByGetAndStore(RedisClient client) {
    Modes.aloneAndPipelined("sort", (pipe, id) -> {
      client.rpush("L{" + id + "}", "3", "1", "2");
      client.set("L{w_1}", "30");
      client.set("L{w_2}", "20");
      client.set("L{w_3}", "10");
      client.set("L{n_1}", "one");
      client.set("L{n_2}", "two");
      client.set("L{n_3}", "three");
      ListKeyspace<String> ks = new ListKeyspace<>(KeyspaceSpec.of("L", null, Codecs.TEXT), pipe);
      Future<List<String>> plain = ks.sort(id);
      Future<List<String>> desc = ks.sort(id, SortOptions.sortOptions().desc().limit(0, 2));
      Future<List<String>> by = ks.sort(id, SortOptions.sortOptions().by("w_*").get("n_*").get("#"));
      Future<Long> stored = ks.sortStore(id, SortOptions.sortOptions().alpha(), id + "dst");
      Future<List<String>> dst = ks.lrange(id + "dst", 0, -1);
      return () -> {
        assertEquals(List.of("1", "2", "3"), plain.get());
        assertEquals(List.of("3", "2"), desc.get());
        assertEquals(List.of("three", "3", "two", "2", "one", "1"), by.get());
        assertEquals(3L, stored.get());
        assertEquals(List.of("1", "2", "3"), dst.get());
      };
    });
  }

  @Test
  void wrongTypeErrorsNameTheKey(RedisClient client) {
    client.rpush("C{alist}", "x");
    StringKeyspace<String> ks = new StringKeyspace<>(SPEC, null);
    RedPipeException alone = assertThrows(RedPipeException.class, () -> ks.get("alist"));
    assertTrue(alone.getMessage().contains("WRONGTYPE"), alone.getMessage());
    assertTrue(alone.getMessage().contains("C{alist}"), alone.getMessage());
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<String> f = new StringKeyspace<>(SPEC, pipe).get("alist");
      RedPipeException piped = assertThrows(RedPipeException.class, pipe::execute);
      assertTrue(piped.getMessage().contains("C{alist}"), piped.getMessage());
      assertFalse(f.isReady());
    }
  }

  @Test
  void scanFindsOnlyThisKeyspaceWithGlobCharactersInPrefixAndIds(RedisClient client) {
    KeyspaceSpec<String> spec = KeyspaceSpec.of("g*[l]?\\b", null, Codecs.TEXT);
    StringKeyspace<String> ks = new StringKeyspace<>(spec, null);
    ks.set("a*", "1");
    ks.set("b?[x]", "2");
    ks.set("c\\", "3");
    client.set("gXlY\\b{other}", "not ours");
    client.set("g*[l]?\\bnope", "not ours");
    Set<String> ids = new HashSet<>();
    for (String id : ks.scanIter()) {
      ids.add(id);
    }
    assertEquals(Set.of("a*", "b?[x]", "c\\"), ids);
    Set<String> matched = new HashSet<>();
    ks.scanIter("b*", 100).forEachRemaining(matched::add);
    assertEquals(Set.of("b?[x]"), matched);
  }

  @Test
  void scanPagesThroughTenThousandIds(RedisClient client) {
    KeyspaceSpec<String> spec = KeyspaceSpec.of("big", null, Codecs.TEXT);
    try (Pipeline pipe = RedPipe.pipeline()) {
      StringKeyspace<String> ks = new StringKeyspace<>(spec, pipe);
      for (int i = 0; i < 10_000; i++) {
        ks.set(Integer.toString(i), "v");
      }
      pipe.execute();
    }
    client.set("bigger{1}", "not ours");
    StringKeyspace<String> ks = new StringKeyspace<>(spec, null);
    Set<String> seen = new HashSet<>();
    ks.scanIter(null, 500).forEachRemaining(seen::add);
    assertEquals(10_000, seen.size());
    assertTrue(seen.contains("9999"));
    List<String> firstPage = new ArrayList<>();
    ScanResult<String> page = ks.scan("0", null, 100).get();
    firstPage.addAll(page.getResult());
    assertFalse(firstPage.isEmpty());
    assertNotNull(page.getCursor());
  }

  @Test
  void scanIteratorsRefusePipelines() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      InvalidOperation e = assertThrows(InvalidOperation.class,
          () -> new StringKeyspace<>(SPEC, pipe).scanIter());
      assertTrue(e.getMessage().contains("cannot pipeline scan"), e.getMessage());
      assertThrows(InvalidOperation.class,
          () -> new SetKeyspace<>(SPEC, pipe).sscanIter("x", null, null));
      assertThrows(InvalidOperation.class,
          () -> new SortedSetKeyspace<>(SPEC, pipe).zscanIter("x", null, null));
      assertThrows(InvalidOperation.class,
          () -> new HashKeyspace(HashSchema.builder("H").build(), pipe).hscanIter("x", null, null));
      assertThrows(InvalidOperation.class,
          () -> new HashedStringKeyspace<>(SPEC, 3, pipe).scanIter(null, null));
    }
  }

  @Test
  void scanInsideAPipelineIsOnePage() {
    StringKeyspace<String> alone = new StringKeyspace<>(KeyspaceSpec.of("onepage", null, Codecs.TEXT), null);
    alone.set("x", "1");
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<ScanResult<String>> page =
          new StringKeyspace<>(KeyspaceSpec.of("onepage", null, Codecs.TEXT), pipe).scan("0", null, 1_000_000);
      assertFalse(page.isReady());
      pipe.execute();
      assertEquals(List.of("x"), page.get().getResult());
    }
  }
}

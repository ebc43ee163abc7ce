package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.backends.Backend;
import io.redpipe.backends.OnBothBackends;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.GetExParams;

@OnBothBackends
class StringKeyspaceTest {
  private static final KeyspaceSpec<String> TEXT = KeyspaceSpec.of("S", null, Codecs.TEXT);
  private static final KeyspaceSpec<Long> INTS = KeyspaceSpec.of("SI", null, Codecs.INTEGER);

  @Test
  void getSetAndFriends(UnifiedJedis client, Backend backend) {
    backend.assumeSingleServer("MGET over several ids;"
        + " keys of different ids are in different slots");
    Modes.aloneAndPipelined("gs", (pipe, id) -> {
      StringKeyspace<String> ks = new StringKeyspace<>(TEXT, pipe);
      Future<String> missing = ks.get(id);
      Future<Boolean> set = ks.set(id, "héllo ☃");
      Future<String> got = ks.get(id);
      Future<Long> length = ks.strlen(id);
      Future<Long> appended = ks.append(id, "!");
      Future<String> range = ks.getrange(id, 0, 0);
      Future<Long> setrange = ks.setrange(id, 0, "j");
      Future<String> old = ks.getSet(id, "x");
      Future<Boolean> nx = ks.setnx(id, "y");
      Future<Boolean> nxNew = ks.setnx(id + "n", "y");
      Future<Boolean> blockedXx = ks.set(id + "none", "v", null, null, false, true);
      Future<Boolean> withEx = ks.set(id + "ex", "v", 100L, null, true, false);
      Future<Long> ttl = ks.ttl(id + "ex");
      Future<Boolean> setex = ks.setex(id + "se", "v", 50);
      Future<Boolean> psetex = ks.psetex(id + "pse", "v", 50_000);
      Future<String> getDel = ks.getDel(id + "n");
      Future<Boolean> deleted = ks.exists(id + "n");
      Future<String> getEx = ks.getEx(id + "se", GetExParams.getExParams().persist());
      Future<Long> ttlAfterPersist = ks.ttl(id + "se");
      Future<List<String>> mget = ks.mget(id, id + "missing", id + "pse");
      return () -> {
        assertNull(missing.get());
        assertTrue(set.get());
        assertEquals("héllo ☃", got.get());
        assertEquals("héllo ☃".getBytes(StandardCharsets.UTF_8).length, length.get());
        assertEquals(length.get() + 1, appended.get());
        assertEquals("h", range.get());
        assertEquals(appended.get(), setrange.get());
        assertEquals("jéllo ☃!", old.get());
        assertFalse(nx.get());
        assertTrue(nxNew.get());
        assertFalse(blockedXx.get());
        assertTrue(withEx.get());
        assertTrue(ttl.get() > 0 && ttl.get() <= 100);
        assertTrue(setex.get());
        assertTrue(psetex.get());
        assertEquals("y", getDel.get());
        assertFalse(deleted.get());
        assertEquals("v", getEx.get());
        assertEquals(-1L, ttlAfterPersist.get());
        assertEquals(Arrays.asList("x", null, "v"), mget.get());
        assertEquals("x", client.get("S{" + id + "}"));
      };
    });
  }

  @Test
  void countersAndBits() {
    Modes.aloneAndPipelined("cnt", (pipe, id) -> {
      StringKeyspace<Long> ks = new StringKeyspace<>(INTS, pipe);
      Future<Long> incr = ks.incr(id);
      Future<Long> incrBy = ks.incrBy(id, 10);
      Future<Long> decr = ks.decr(id);
      Future<Long> decrBy = ks.decrBy(id, 5);
      Future<Long> value = ks.get(id);
      Future<Double> f = ks.incrByFloat(id + "f", 1.5);
      Future<Boolean> bit = ks.setbit(id + "b", 7, true);
      Future<Boolean> getbit = ks.getbit(id + "b", 7);
      Future<Long> bitcount = ks.bitcount(id + "b");
      Future<Long> bitcountRange = ks.bitcount(id + "b", 1, 1);
      return () -> {
        assertEquals(1L, incr.get());
        assertEquals(11L, incrBy.get());
        assertEquals(10L, decr.get());
        assertEquals(5L, decrBy.get());
        assertEquals(5L, value.get());
        assertEquals(1.5, f.get());
        assertFalse(bit.get());
        assertTrue(getbit.get());
        assertEquals(1L, bitcount.get());
        assertEquals(0L, bitcountRange.get());
      };
    });
  }

  @Test
  void binaryValuesRoundTrip() {
    StringKeyspace<byte[]> ks = new StringKeyspace<>(KeyspaceSpec.of("SB", "", Codecs.BINARY), null);
    byte[] bytes = {0, (byte) 0xff, 10};
    ks.set("1", bytes);
    assertArrayEquals(bytes, ks.get("1").get());
  }

  @Test
  void invalidValuesFailAtCallTimeNamingKeyAndValue() {
    try (Pipeline pipe = RedPipe.pipeline()) {
      StringKeyspace<String> ks = new StringKeyspace<>(TEXT, pipe);
      InvalidValue e = assertThrows(InvalidValue.class, () -> ks.set("bad", null));
      assertTrue(e.getMessage().contains("S{bad}"), e.getMessage());
      @SuppressWarnings({"unchecked", "rawtypes"})
      StringKeyspace<Object> raw = (StringKeyspace) new StringKeyspace<>(INTS, pipe);
      InvalidValue wrongType = assertThrows(InvalidValue.class, () -> raw.set("bad", "seven"));
      assertTrue(wrongType.getMessage().contains("SI{bad}"), wrongType.getMessage());
      assertTrue(wrongType.getMessage().contains("seven"), wrongType.getMessage());
      InvalidOperation nxXx = assertThrows(InvalidOperation.class,
          () -> ks.set("bad", "v", null, null, true, true));
      assertTrue(nxXx.getMessage().contains("nx and xx"), nxXx.getMessage());
      pipe.execute();
    }
    assertFalse(new StringKeyspace<>(TEXT, null).exists("bad").get());
  }

  @Test
  void undecodableValuesNameKeyAndBytes(UnifiedJedis client) {
    client.set("SI{text}", "not a number");
    StringKeyspace<Long> ks = new StringKeyspace<>(INTS, null);
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> ks.get("text"));
    assertTrue(e.getMessage().contains("SI{text}"), e.getMessage());
    assertTrue(e.getMessage().contains("not a number"), e.getMessage());
  }
}

package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.testkit.RedisClusterTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClusterClient;

/**
 * Keyspaces on a Redis Cluster connection: single-key calls route by the id, multi-key calls
 * over ids in several slots and scans that would see one node only are refused before anything
 * is queued, and the sharded string store works across slots.
 */
@RedisClusterTest
class KeyspaceClusterTest {
  private static final KeyspaceSpec<String> SPEC = KeyspaceSpec.of("KC", "kc", Codecs.TEXT);

  @BeforeEach
  void connect(RedisClusterClient client) {
    RedPipe.connect("kc", client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void keyspacesRouteByIdAndRefuseWhatOneSlotCannotAnswer() {
    StringKeyspace<String> ks = new StringKeyspace<>(SPEC, null);
    for (int i = 0; i < 50; i++) {
      ks.set("id" + i, "v" + i);
    }
    assertEquals("v7", ks.get("id7").get());
    assertEquals(List.of("id7"), ks.scan("0", "id7", 1000).get().getResult());
    InvalidOperation all = assertThrows(InvalidOperation.class, () -> ks.scan("0"));
    assertTrue(all.getMessage().contains("KC"), all.getMessage());
    assertThrows(InvalidOperation.class, () -> ks.scanIter());
    assertThrows(InvalidOperation.class, () -> ks.scan("0", "id*", null));
    InvalidOperation crossSlot = assertThrows(InvalidOperation.class, () -> ks.mget("id1", "id2"));
    assertTrue(crossSlot.getMessage().contains("slot"), crossSlot.getMessage());
    HashedStringKeyspace<String> index = new HashedStringKeyspace<>(SPEC, 16, null);
    for (int i = 0; i < 20; i++) {
      index.set("k" + i, "v" + i);
    }
    assertEquals(Arrays.asList("v0", "v19", null), index.mget("k0", "k19", "none").get());
    assertEquals(2L, index.delete("k0", "k19").get());
  }
}

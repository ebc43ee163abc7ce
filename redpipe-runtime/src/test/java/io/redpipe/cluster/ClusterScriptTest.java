package io.redpipe.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.scripts.ReplyDecoder;
import io.redpipe.scripts.Script;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;

/**
 * Scripts on a cluster: each master has its own script cache, so a NOSCRIPT on one master runs
 * again that master's calls only; keys of one call must share a slot, checked when queued.
 */
@RedisClusterTest
class ClusterScriptTest {
  /** Adds ARGV[1] to KEYS[1] and counts its runs in KEYS[2] (same hash tag). */
  private static final Script<Long> ADD = Script.of("redis.call('INCR', KEYS[2])\n"
      + "return redis.call('INCRBY', KEYS[1], ARGV[1]) -- cluster", ReplyDecoder.LONG);

  @BeforeEach
  void connect(RedisClusterClient client) {
    RedPipe.connect("c", client);
  }

  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void aMasterThatForgotTheScriptRunsOnlyItsCallsAgain(RedisClusterFixture cluster) {
    Map<HostAndPort, String> tagOf = new LinkedHashMap<>();
    for (int i = 0; tagOf.size() < cluster.masters().size(); i++) {
      tagOf.putIfAbsent(cluster.masterFor("{cs" + i + "}"), "{cs" + i + "}");
    }
    assertEquals(List.of(1L, 1L, 1L), execute(tagOf, 1));
    HostAndPort forgetful = tagOf.keySet().iterator().next();
    Map<HostAndPort, long[]> before = new HashMap<>();
    for (HostAndPort master : tagOf.keySet()) {
      try (Jedis node = cluster.connect(master)) {
        if (master.equals(forgetful)) {
          node.scriptFlush();
        }
        before.put(master, new long[] {NodeStats.calls(node, "evalsha"),
            NodeStats.errors(node, "NOSCRIPT")});
      }
    }
    assertEquals(List.of(2L, 2L, 2L), execute(tagOf, 2));
    for (HostAndPort master : tagOf.keySet()) {
      try (Jedis node = cluster.connect(master)) {
        boolean flushed = master.equals(forgetful);
        assertEquals(before.get(master)[0] + (flushed ? 4 : 2), NodeStats.calls(node, "evalsha"),
            master + ": its two calls" + (flushed ? ", refused and run again" : ""));
        assertEquals(before.get(master)[1] + (flushed ? 2 : 0),
            NodeStats.errors(node, "NOSCRIPT"), master.toString());
      }
    }
  }

  /** Two ADD calls per master's tag in one execute; returns the runs counted per tag. */
  private static List<Long> execute(Map<HostAndPort, String> tagOf, long expectedRuns) {
    List<Future<Long>> adds = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      for (String tag : tagOf.values()) {
        for (int k = 0; k < 2; k++) {
          adds.add(ADD.call(pipe, "c", List.of(tag + "sum" + k, tag + "runs" + k),
              List.of("3")));
        }
      }
      pipe.execute();
    }
    for (Future<Long> add : adds) {
      assertEquals(3L * expectedRuns, add.get());
    }
    List<Long> runs = new ArrayList<>();
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      List<Future<String>> counters = new ArrayList<>();
      for (String tag : tagOf.values()) {
        counters.add(pipe.get(tag + "runs0"));
      }
      pipe.execute();
      counters.forEach(counter -> runs.add(Long.parseLong(counter.get())));
    }
    return runs;
  }

  @Test
  void keysInSeveralSlotsOrNoKeyAreRefusedWhenQueued() {
    StringKeyspace<Long> counters =
        new StringKeyspace<>(KeyspaceSpec.of("CS", "c", Codecs.INTEGER), null);
    try (Pipeline pipe = RedPipe.pipeline("c")) {
      InvalidOperation crossSlot = assertThrows(InvalidOperation.class,
          () -> ADD.call(pipe, "c", List.of("a", "b"), List.of("1")));
      assertTrue(crossSlot.getMessage().startsWith("EVALSHA over keys in several hash slots"),
          crossSlot.getMessage());
      assertThrows(InvalidOperation.class, () -> ADD.call(pipe, "c", List.of(), List.of()));
      StringKeyspace<Long> piped =
          new StringKeyspace<>(KeyspaceSpec.of("CS", "c", Codecs.INTEGER), pipe);
      assertThrows(InvalidOperation.class,
          () -> piped.eval(ADD, List.of("1", "2"), List.of("1")));
      assertTrue(pipe.toString().contains("(0 queued)"), pipe.toString());
    }
    assertEquals(5L, counters.eval(ADD, List.of("7", "7"), List.of("4")).get(),
        "one id twice is one slot (and one key: INCR, then INCRBY 4)");
  }
}

package io.redpipe.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.util.KeyValue;

/** Reading SENTINEL REPLICAS replies: RESP2 and RESP3 entries, unhealthy replicas left out. */
class SentinelRepliesTest {
  private static final Set<String> UNHEALTHY = Set.of("s_down", "o_down", "disconnected",
      "promoted");
  private static final HostAndPort MASTER = new HostAndPort("10.0.0.1", 6379);

  private static List<Object> resp2(String ip, int port, String flags, String link) {
    List<Object> entry = new ArrayList<>();
    for (String text : List.of("name", ip + ":" + port, "ip", ip, "port", String.valueOf(port),
        "flags", flags, "master-link-status", link)) {
      entry.add(text.getBytes(StandardCharsets.UTF_8));
    }
    return entry;
  }

  private static List<Object> resp3(String ip, int port, String flags, String link) {
    List<Object> entry = new ArrayList<>();
    List<Object> flat = resp2(ip, port, flags, link);
    for (int i = 0; i < flat.size(); i += 2) {
      entry.add(KeyValue.of(flat.get(i), flat.get(i + 1)));
    }
    return entry;
  }

  @Test
  void healthyReplicasAreThoseNotFlaggedDownWithAnOkLinkAndNotTheMaster() {
    List<Object> reply = List.of(
        resp2("10.0.0.2", 6379, "slave", "ok"),
        resp2("10.0.0.3", 6379, "s_down,slave,disconnected", "err"),
        resp2("10.0.0.4", 6379, "slave", "err"),
        resp2("10.0.0.5", 6379, "slave,o_down", "ok"),
        resp2("10.0.0.1", 6379, "slave", "ok"),
        resp3("10.0.0.6", 6380, "slave", "ok"),
        List.of());
    assertEquals(List.of(new HostAndPort("10.0.0.2", 6379), new HostAndPort("10.0.0.6", 6380)),
        SentinelReplies.healthy(reply, MASTER, UNHEALTHY));
  }

  @Test
  void aReplyThatIsNoListIsRefused() {
    assertThrows(IllegalStateException.class,
        () -> SentinelReplies.healthy("OK", MASTER, UNHEALTHY));
  }

  @Test
  void theBuilderRefusesABlankNameAndNoSentinel() {
    assertThrows(IllegalArgumentException.class,
        () -> SentinelReplicas.builder(" ", Set.of(MASTER)));
    assertThrows(IllegalArgumentException.class, () -> SentinelReplicas.builder("m", Set.of()));
  }
}

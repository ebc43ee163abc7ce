package io.redpipe.connections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.HostAndPort;

/** Reading CLUSTER SLOTS replies as Jedis returns them (RESP2 and RESP3 give the same shape). */
class ClusterTopologyParseTest {
  private static byte[] text(String value) {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Object> node(String host, long port, String id) {
    return List.of(text(host), port, text(id));
  }

  @Test
  void rangesGoToTheirMastersAndReplicasAreIgnored() {
    HostAndPort asked = new HostAndPort("10.0.0.9", 7009);
    Object reply = List.of(
        List.of(0L, 5460L, node("10.0.0.1", 7000, "a"), node("10.0.0.4", 7003, "d")),
        List.of(5461L, 10922L, node("", 7001, "b")),
        List.of(10923L, 16383L, node("10.0.0.3", 7002, "c"), node("10.0.0.6", 7005, "f")));
    HostAndPort[] owners = ClusterTopology.parse(reply, asked);
    assertEquals(new HostAndPort("10.0.0.1", 7000), owners[0]);
    assertEquals(new HostAndPort("10.0.0.1", 7000), owners[5460]);
    assertEquals(new HostAndPort("10.0.0.9", 7001), owners[5461], "an empty host: the asked node's");
    assertEquals(new HostAndPort("10.0.0.3", 7002), owners[16383]);
  }

  @Test
  void slotsNoMasterServesStayEmptyAndOddEntriesAreSkipped() {
    Object reply = List.of(List.of(0L, 99L, node("h", 1, "x")), List.of(1L), "junk");
    HostAndPort[] owners = ClusterTopology.parse(reply, new HostAndPort("h", 1));
    assertEquals(new HostAndPort("h", 1), owners[99]);
    assertNull(owners[100]);
    assertNull(ClusterTopology.parse("not a list", new HostAndPort("h", 1)));
  }
}

package io.redpipe.connections;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.util.KeyValue;

/**
 * Reads a {@code SENTINEL REPLICAS <master>} reply: one entry per replica, each a flat list of
 * field names and values (RESP2) or a map (RESP3), e.g. {@code ip}, {@code port}, {@code flags}
 * ({@code slave,s_down,disconnected}), {@code master-link-status} ({@code ok} or {@code err}).
 */
final class SentinelReplies {
  private SentinelReplies() {}

  /**
   * The replicas that are healthy: none of their flags is in {@code unhealthy}, their link to
   * the master is {@code ok}, and they are not {@code master}.
   *
   * @throws IllegalStateException when the reply is not a list (e.g. the sentinel does not know
   *     the master's name)
   */
  static List<HostAndPort> healthy(Object reply, HostAndPort master, Set<String> unhealthy) {
    if (!(reply instanceof List)) {
      throw new IllegalStateException("SENTINEL REPLICAS did not answer a list: " + reply);
    }
    List<HostAndPort> healthy = new ArrayList<>();
    for (Object entry : (Collection<?>) reply) {
      Map<String, String> fields = fields(entry);
      String ip = fields.get("ip");
      String port = fields.get("port");
      if (ip == null || port == null || !"ok".equals(fields.get("master-link-status"))) {
        continue;
      }
      boolean down = false;
      for (String flag : fields.getOrDefault("flags", "").split(",")) {
        down |= unhealthy.contains(flag.trim());
      }
      HostAndPort address;
      try {
        address = new HostAndPort(ip, Integer.parseInt(port));
      } catch (NumberFormatException e) {
        continue;
      }
      if (!down && !address.equals(master)) {
        healthy.add(address);
      }
    }
    return healthy;
  }

  /** One replica's fields, from a flat list of names and values or a RESP3 map. */
  static Map<String, String> fields(Object entry) {
    Map<String, String> fields = new HashMap<>();
    if (!(entry instanceof List)) {
      return fields;
    }
    List<?> items = (List<?>) entry;
    if (!items.isEmpty() && items.get(0) instanceof KeyValue) {
      for (Object item : items) {
        KeyValue<?, ?> pair = (KeyValue<?, ?>) item;
        fields.put(ClusterTopology.text(pair.getKey()), ClusterTopology.text(pair.getValue()));
      }
      return fields;
    }
    for (int i = 0; i + 1 < items.size(); i += 2) {
      fields.put(ClusterTopology.text(items.get(i)), ClusterTopology.text(items.get(i + 1)));
    }
    return fields;
  }
}

package io.redpipe.testkit.recording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * The slot map of a recording cluster: which node serves each of the 16384 slots, the slots
 * moved since the start (other nodes answer {@code MOVED} for their keys) and the slots being
 * migrated (the owner answers {@code ASK}). Thread-safe.
 */
final class SlotMap {
  static final int SLOTS = 16384;

  private final HostAndPort[] owners = new HostAndPort[SLOTS];
  private final Map<HostAndPort, String> ids = new HashMap<>();
  private final Set<Integer> moved = new HashSet<>();
  private final Map<Integer, HostAndPort> migrating = new HashMap<>();

  /** Spreads the slots evenly over {@code nodes}, in order. */
  SlotMap(List<HostAndPort> nodes) {
    for (int i = 0; i < nodes.size(); i++) {
      int start = i * SLOTS / nodes.size();
      int end = (i + 1) * SLOTS / nodes.size();
      for (int slot = start; slot < end; slot++) {
        owners[slot] = nodes.get(i);
      }
      ids.put(nodes.get(i), String.format(Locale.ROOT, "%040x", i + 1));
    }
  }

  static int slotOf(byte[] key) {
    return JedisClusterCRC16.getSlot(key);
  }

  synchronized HostAndPort owner(int slot) {
    return owners[check(slot)];
  }

  /** Gives {@code slot} to {@code node}; a migration of the slot ends. */
  synchronized void move(int slot, HostAndPort node) {
    owners[check(slot)] = known(node);
    moved.add(slot);
    migrating.remove(slot);
  }

  /** Starts migrating {@code slot} to {@code node}: its owner answers {@code ASK}. */
  synchronized void migrate(int slot, HostAndPort node) {
    migrating.put(check(slot), known(node));
  }

  /** The reply to {@code CLUSTER SLOTS}: one entry per range of slots with the same owner. */
  synchronized Reply clusterSlots() {
    List<Reply> ranges = new ArrayList<>();
    int start = 0;
    for (int slot = 1; slot <= SLOTS; slot++) {
      if (slot == SLOTS || !owners[slot].equals(owners[start])) {
        HostAndPort node = owners[start];
        ranges.add(Reply.array(Reply.integer(start), Reply.integer(slot - 1),
            Reply.array(Reply.bulk(node.getHost()), Reply.integer(node.getPort()),
                Reply.bulk(ids.get(node)))));
        start = slot;
      }
    }
    return Reply.array(ranges.toArray(new Reply[0]));
  }

  /**
   * The redirect {@code node} answers to {@code command} (whose key is its first argument), or
   * {@code null} when it serves the key.
   */
  synchronized Reply redirect(HostAndPort node, RecordedCommand command, boolean asking) {
    if (command.arguments().size() < 2) {
      return null;
    }
    int slot = slotOf(command.arguments().get(1));
    HostAndPort owner = owners[slot];
    HostAndPort target = migrating.get(slot);
    if (target != null && owner.equals(node)) {
      return Reply.error("ASK " + slot + " " + target);
    }
    if (target != null && target.equals(node) && asking) {
      return null;
    }
    if ((target != null || moved.contains(slot)) && !owner.equals(node)) {
      return Reply.error("MOVED " + slot + " " + owner);
    }
    return null;
  }

  private static int check(int slot) {
    if (slot < 0 || slot >= SLOTS) {
      throw new IllegalArgumentException("a slot is 0 to 16383, not " + slot);
    }
    return slot;
  }

  private HostAndPort known(HostAndPort node) {
    if (!ids.containsKey(Objects.requireNonNull(node, "node"))) {
      throw new IllegalArgumentException(node + " is not a node of this cluster; nodes: "
          + ids.keySet());
    }
    return node;
  }
}

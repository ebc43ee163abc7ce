package io.redpipe.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import redis.clients.jedis.HostAndPort;

/** One node's view of the cluster, parsed from {@code CLUSTER NODES}. */
final class ClusterView {
  static final int SLOTS = 16384;

  /** One line of {@code CLUSTER NODES}. */
  record Entry(String id, HostAndPort address, Set<String> flags, String masterId) {
    boolean failed() {
      return flags.contains("fail") || flags.contains("handshake") || flags.contains("noaddr");
    }

    boolean master() {
      return flags.contains("master");
    }
  }

  private final List<Entry> entries;
  private final String[] owners = new String[SLOTS];

  private ClusterView(List<Entry> entries) {
    this.entries = entries;
  }

  /** Parses the reply of {@code CLUSTER NODES}. */
  static ClusterView parse(String clusterNodes) {
    List<Entry> entries = new ArrayList<>();
    List<String[]> slotFields = new ArrayList<>();
    for (String line : clusterNodes.split("\r?\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split(" ");
      String address = f[1].split("[@,]")[0];
      int colon = address.lastIndexOf(':');
      HostAndPort hostAndPort = new HostAndPort(address.substring(0, colon),
          Integer.parseInt(address.substring(colon + 1)));
      Set<String> flags = new TreeSet<>(Arrays.asList(f[2].split(",")));
      entries.add(new Entry(f[0], hostAndPort, flags, "-".equals(f[3]) ? null : f[3]));
      slotFields.add(Arrays.copyOfRange(f, Math.min(8, f.length), f.length));
    }
    ClusterView view = new ClusterView(entries);
    for (int i = 0; i < entries.size(); i++) {
      for (String slots : slotFields.get(i)) {
        if (slots.startsWith("[")) {
          continue; // a slot being imported or migrated: still owned by the listed owner
        }
        int dash = slots.indexOf('-');
        int from = Integer.parseInt(dash < 0 ? slots : slots.substring(0, dash));
        int to = dash < 0 ? from : Integer.parseInt(slots.substring(dash + 1));
        Arrays.fill(view.owners, from, to + 1, entries.get(i).id());
      }
    }
    return view;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The entry of the node with this id, or null. */
  Entry byId(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
  }

  /** The address of the master that serves {@code slot}, or null when no node does. */
  HostAndPort ownerOf(int slot) {
    Entry owner = owners[slot] == null ? null : byId(owners[slot]);
    return owner == null ? null : owner.address();
  }

  /** The addresses of the nodes that this view does not consider failed. */
  Set<HostAndPort> healthyAddresses() {
    Set<HostAndPort> result = new TreeSet<>(ClusterView::compare);
    entries.stream().filter(e -> !e.failed()).forEach(e -> result.add(e.address()));
    return result;
  }

  /**
   * A description of the topology that nodes in agreement share: slot ranges with their
   * masters, and every healthy replica with its master.
   */
  String signature() {
    StringBuilder out = new StringBuilder();
    int start = 0;
    for (int slot = 1; slot <= SLOTS; slot++) {
      if (slot == SLOTS || !String.valueOf(owners[slot]).equals(String.valueOf(owners[start]))) {
        out.append(start).append('-').append(slot - 1).append('=')
            .append(ownerOf(start)).append(' ');
        start = slot;
      }
    }
    TreeMap<String, String> replicas = new TreeMap<>();
    for (Entry e : entries) {
      if (!e.failed() && !e.master() && e.masterId() != null) {
        Entry master = byId(e.masterId());
        replicas.put(e.address().toString(), master == null ? "?" : master.address().toString());
      }
    }
    return out.append("replicas=").append(replicas).toString();
  }

  static int compare(HostAndPort a, HostAndPort b) {
    int byHost = a.getHost().compareTo(b.getHost());
    return byHost != 0 ? byHost : Integer.compare(a.getPort(), b.getPort());
  }
}

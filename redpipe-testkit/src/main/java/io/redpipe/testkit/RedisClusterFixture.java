package io.redpipe.testkit;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.IntStream;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.util.JedisClusterCRC16;

/**
 * A real Redis Cluster of {@code redis-server} processes on loopback ports, started from the
 * binary that {@link RedisBinaries#best()} picks (works with Redis 6.2 and 7.x).
 *
 * <p>{@link #start(int, int)} starts the nodes, joins them with {@code CLUSTER MEET}, spreads the
 * 16384 slots evenly over the masters, attaches the replicas and returns only when every node
 * reports {@code cluster_state:ok} and all nodes agree on the slot map. {@link #close()} stops
 * every node; each node also has its own shutdown hook and watchdog (see {@link RedisProcess}),
 * so no node outlives the JVM. A failed start stops whatever it had started.
 *
 * <p><b>Faults.</b> {@link #failover(HostAndPort)} hands a master's slots to its replica the
 * graceful way ({@code CLUSTER FAILOVER} on the replica); {@link #killMaster(HostAndPort)} kills
 * a master with SIGKILL and waits until its replica was promoted; {@link #killNode(HostAndPort)}
 * and {@link #stopNode(HostAndPort)} kill a node without waiting, {@link #restartNode} brings a
 * killed node back; {@link #pauseNode(HostAndPort)} / {@link #resumeNode(HostAndPort)} stall a
 * node with SIGSTOP / SIGCONT. Every wait is bounded by {@link #TIMEOUT}. Start a cluster of your
 * own for such tests (the {@link RedisClusterTest} cluster is shared).
 */
public final class RedisClusterFixture implements AutoCloseable {
  /** How long formation, failover and slot-map agreement may take. */
  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static final String LOOPBACK = "127.0.0.1";
  private static final int BUS_PORT_OFFSET = 10_000;
  private static final int ADDSLOTS_CHUNK = 2048;
  private static final JedisClientConfig ADMIN = DefaultJedisClientConfig.builder()
      .protocol(RedisProtocol.RESP2).timeoutMillis(5000).build();

  private record Node(RedisProcess process, HostAndPort address, String id) {}

  private final List<Node> nodes = new ArrayList<>();
  private final Set<HostAndPort> stopped = Collections.synchronizedSet(new LinkedHashSet<>());

  private RedisClusterFixture() {}

  /**
   * Starts a cluster and waits until it serves every slot.
   *
   * @param masters how many masters share the slots, at least 3 (Redis Cluster's minimum for
   *     failover)
   * @param replicasPerMaster how many replicas follow each master, 0 or more
   * @return the running cluster; the caller closes it
   * @throws IllegalStateException when the cluster does not form within {@link #TIMEOUT}
   */
  public static RedisClusterFixture start(int masters, int replicasPerMaster) {
    if (masters < 3) {
      throw new IllegalArgumentException("masters is " + masters + "; a cluster needs at least 3");
    }
    if (replicasPerMaster < 0) {
      throw new IllegalArgumentException("replicasPerMaster is " + replicasPerMaster
          + "; expected 0 or more");
    }
    RedisClusterFixture cluster = new RedisClusterFixture();
    try {
      cluster.form(RedisBinaries.best(), masters, replicasPerMaster);
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private void form(Path binary, int masters, int replicasPerMaster) {
    int total = masters * (1 + replicasPerMaster);
    for (int i = 0; i < total; i++) {
      RedisProcess process = startNode(binary);
      HostAndPort address = new HostAndPort(LOOPBACK, process.port());
      String id;
      try (Jedis jedis = connect(address)) {
        id = jedis.clusterMyId();
        if (i < masters) {
          jedis.clusterSetConfigEpoch(i + 1L);
        }
      } catch (RuntimeException e) {
        process.close();
        throw e;
      }
      nodes.add(new Node(process, address, id));
    }
    for (int i = 0; i < total; i++) {
      // Every node meets every later one: quicker than waiting for gossip to spread the news.
      try (Jedis jedis = connect(nodes.get(i).address())) {
        for (Node node : nodes.subList(i + 1, total)) {
          jedis.clusterMeet(LOOPBACK, node.address().getPort());
        }
      }
    }
    for (int m = 0; m < masters; m++) {
      int from = m * ClusterView.SLOTS / masters;
      int to = (m + 1) * ClusterView.SLOTS / masters;
      try (Jedis master = connect(nodes.get(m).address())) {
        for (int chunk = from; chunk < to; chunk += ADDSLOTS_CHUNK) {
          master.clusterAddSlots(IntStream.range(chunk, Math.min(to, chunk + ADDSLOTS_CHUNK))
              .toArray());
        }
      }
    }
    Set<HostAndPort> all = nodes();
    Polling.await("every node to know all " + total + " nodes", TIMEOUT, () -> {
      for (Node node : nodes) {
        Set<HostAndPort> known = view(node.address()).healthyAddresses();
        if (!known.equals(all)) {
          return node.address() + " knows " + known;
        }
      }
      return null;
    });
    for (int r = masters; r < total; r++) {
      String masterId = nodes.get((r - masters) % masters).id();
      try (Jedis replica = connect(nodes.get(r).address())) {
        replica.clusterReplicate(masterId);
      }
    }
    awaitHealthy();
  }

  private static RedisProcess startNode(Path binary) {
    IllegalStateException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = portWithFreeBusPort();
      try {
        return RedisProcess.startOn(binary, port, "--cluster-enabled", "yes",
            "--cluster-config-file", "nodes.conf", "--cluster-node-timeout", "2000",
            "--repl-diskless-sync", "yes", "--repl-diskless-sync-delay", "0");
      } catch (IllegalStateException e) {
        last = e;
      }
    }
    throw last;
  }

  /** A free port whose cluster bus port (port + 10000) is valid and free as well. */
  private static int portWithFreeBusPort() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = RedisProcess.freePort();
      if (port + BUS_PORT_OFFSET > 65_535) {
        continue;
      }
      try (ServerSocket bus = new ServerSocket(port + BUS_PORT_OFFSET, 1,
          InetAddress.getLoopbackAddress())) {
        return bus.getLocalPort() - BUS_PORT_OFFSET;
      } catch (IOException busPortTaken) {
        // try another port
      }
    }
    throw new IllegalStateException("found no free loopback port below 55536 whose bus port"
        + " (port + 10000) is free too");
  }

  /**
   * Waits until every running node reports {@code cluster_state:ok}, knows exactly the running
   * nodes as healthy, agrees with the others on the slot map, and every replica is in sync with
   * its master. Call it after {@link #stopNode} to wait for a failover.
   *
   * @throws IllegalStateException naming what is still missing after {@link #TIMEOUT}, or at
   *     once when a node is paused (it could never answer: {@link #resumeNode} it first)
   */
  public void awaitHealthy() {
    for (Node node : nodes) {
      if (!stopped.contains(node.address()) && node.process().isPaused()) {
        throw new IllegalStateException("node " + node.address() + " is paused, so the cluster"
            + " can't be healthy; call resumeNode(" + node.address() + ") first");
      }
    }
    Polling.await("a healthy cluster on " + nodes(), TIMEOUT, this::unhealthyReason);
  }

  private String unhealthyReason() {
    Set<HostAndPort> running = nodes();
    String agreed = null;
    for (HostAndPort address : running) {
      try (Jedis jedis = connect(address)) {
        if (!jedis.clusterInfo().contains("cluster_state:ok")) {
          return address + " is not cluster_state:ok";
        }
        ClusterView view = ClusterView.parse(jedis.clusterNodes());
        if (!view.healthyAddresses().equals(running)) {
          return address + " sees healthy nodes " + view.healthyAddresses();
        }
        String signature = view.signature();
        if (agreed != null && !agreed.equals(signature)) {
          return address + " sees " + signature + " but another node sees " + agreed;
        }
        agreed = signature;
        String replication = jedis.info("replication");
        if (replication.contains("role:slave") && !replication.contains("master_link_status:up")) {
          return "replica " + address + " is not in sync with its master yet";
        }
      }
    }
    return null;
  }

  /**
   * The addresses of the running nodes, masters and replicas, in start order.
   *
   * @return the addresses of the running nodes
   */
  public Set<HostAndPort> nodes() {
    Set<HostAndPort> result = new LinkedHashSet<>();
    for (Node node : nodes) {
      if (!stopped.contains(node.address())) {
        result.add(node.address());
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * The addresses of the running masters, as the first running (unpaused) node sees them.
   *
   * @return the addresses of the running masters
   */
  public Set<HostAndPort> masters() {
    Set<HostAndPort> result = new LinkedHashSet<>();
    for (ClusterView.Entry entry : currentView().entries()) {
      if (entry.master() && !entry.failed()) {
        result.add(entry.address());
      }
    }
    return Collections.unmodifiableSet(result);
  }

  /**
   * The master that serves {@code slot} (0 to 16383) now, as the first running (unpaused) node
   * sees it.
   *
   * @param slot the hash slot, 0 to 16383
   * @return the address of the master serving the slot
   */
  public HostAndPort masterFor(int slot) {
    if (slot < 0 || slot >= ClusterView.SLOTS) {
      throw new IllegalArgumentException("slot is " + slot + "; expected 0 to 16383");
    }
    HostAndPort owner = currentView().ownerOf(slot);
    if (owner == null) {
      throw new IllegalStateException("no master serves slot " + slot);
    }
    return owner;
  }

  /**
   * The master that serves {@code key}'s slot (hash tags respected).
   *
   * @param key any key
   * @return the address of the master serving the key's slot
   */
  public HostAndPort masterFor(String key) {
    return masterFor(JedisClusterCRC16.getSlot(Objects.requireNonNull(key, "key")));
  }

  /**
   * The running replicas that follow {@code master}, as the first responsive node sees them, in
   * start order; empty when it has none.
   *
   * @param master the address of a running master
   * @return its running replicas, in start order
   * @throws IllegalArgumentException when {@code master} is not a running node
   */
  public List<HostAndPort> replicasOf(HostAndPort master) {
    String masterId = find(master).id();
    Set<HostAndPort> following = new LinkedHashSet<>();
    for (ClusterView.Entry entry : currentView().entries()) {
      if (masterId.equals(entry.masterId()) && !entry.failed() && !entry.master()) {
        following.add(entry.address());
      }
    }
    List<HostAndPort> result = new ArrayList<>();
    for (HostAndPort node : nodes()) {
      if (following.contains(node)) {
        result.add(node);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * The cluster node id of a running node.
   *
   * @param node the address of a running node
   * @return the node's cluster node id
   */
  public String nodeId(HostAndPort node) {
    return find(node).id();
  }

  /**
   * A new cluster client that speaks the client library's default protocol.
   *
   * @return a new cluster client; the caller closes it
   */
  public RedisClusterClient newClient() {
    return RedisClusterClient.builder().nodes(nodes()).build();
  }

  /**
   * A new cluster client that speaks {@code protocol}.
   *
   * @param protocol the protocol the client speaks
   * @return a new cluster client; the caller closes it
   */
  public RedisClusterClient newClient(RedisProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return RedisClusterClient.builder().nodes(nodes())
        .clientConfig(DefaultJedisClientConfig.builder().protocol(protocol).build()).build();
  }

  /**
   * A new plain connection to one node (no redirects followed); the caller closes it.
   *
   * @param node the address of a running node
   * @return a new connection to that node; the caller closes it
   */
  public Jedis connect(HostAndPort node) {
    return new Jedis(Objects.requireNonNull(node, "node"), ADMIN);
  }

  /** Deletes every key on every running master (replicas follow). */
  public void flushAll() {
    for (HostAndPort master : masters()) {
      try (Jedis jedis = connect(master)) {
        jedis.flushAll();
      }
    }
  }

  /**
   * Stops one node now (SIGTERM, then SIGKILL if it lingers) and deletes its files; does not
   * wait for the cluster. Call {@link #awaitHealthy()} to wait until a replica has taken over its
   * slots (a master without a replica leaves the cluster down). It can't be restarted; use
   * {@link #killNode(HostAndPort)} for a node to bring back.
   *
   * @param node the address of the running node to stop
   */
  public void stopNode(HostAndPort node) {
    Node target = find(node);
    stopped.add(target.address());
    target.process().close();
  }

  /**
   * Kills one node now with SIGKILL, as a crash would, and does not wait: the other nodes mark
   * it failed after the node timeout (2 s), and a replica of a killed master then takes over.
   * {@link #awaitHealthy()} waits for that; {@link #killMaster(HostAndPort)} does both. Its files
   * stay until {@link #close()}, so {@link #restartNode(HostAndPort)} can bring it back.
   *
   * @param node the address of the running node to kill
   * @throws IllegalArgumentException when {@code node} is not a running node of this cluster
   */
  public void killNode(HostAndPort node) {
    Node target = find(node);
    stopped.add(target.address());
    target.process().kill();
  }

  /**
   * Kills the master {@code master} with SIGKILL and waits until one of its replicas serves its
   * slots and the cluster is healthy again (every node {@code cluster_state:ok}, agreeing on the
   * slot map, replicas in sync). Clients with the old slot map get connection errors for the
   * killed node until they refresh it.
   *
   * @return the promoted replica, now the master of the killed master's slots
   * @param master the address of a running master with a running replica
   * @throws IllegalArgumentException when {@code master} is not a running master with slots and
   *     at least one running replica (no one could take over)
   * @throws IllegalStateException when no replica took over within {@link #TIMEOUT}
   */
  public HostAndPort killMaster(HostAndPort master) {
    int slot = firstSlotOf(master);
    List<HostAndPort> replicas = replicasOf(master);
    if (replicas.isEmpty()) {
      throw new IllegalArgumentException(master + " has no running replica to take over its"
          + " slots; start the cluster with replicas, or use killNode(...) and expect the cluster"
          + " to be down");
    }
    killNode(master);
    Polling.await("a replica of killed master " + master + " " + replicas + " to serve slot "
        + slot, TIMEOUT, () -> {
          HostAndPort owner = currentView().ownerOf(slot);
          return replicas.contains(owner) ? null : "slot " + slot + " is served by " + owner;
        });
    awaitHealthy();
    return masterFor(slot);
  }

  /**
   * Fails {@code master} over to one of its replicas the graceful way: {@code CLUSTER FAILOVER}
   * on the replica, which waits until it has every write of the master and then takes over its
   * slots; the old master becomes its replica. Returns once the cluster is healthy again.
   *
   * @return the new master (the former replica)
   * @param master the address of a running master with a running replica
   * @throws IllegalArgumentException when {@code master} is not a running master with at least
   *     one running replica
   * @throws IllegalStateException when the failover does not complete within {@link #TIMEOUT}
   */
  public HostAndPort failover(HostAndPort master) {
    int slot = firstSlotOf(master);
    List<HostAndPort> replicas = replicasOf(master);
    if (replicas.isEmpty()) {
      throw new IllegalArgumentException(master + " has no running replica to fail over to");
    }
    HostAndPort replica = replicas.get(0);
    String replicaId = find(replica).id();
    String masterId = find(master).id();
    try (Jedis jedis = connect(replica)) {
      jedis.clusterFailover();
    }
    Polling.await("replica " + replica + " to take over master " + master, TIMEOUT, () -> {
      ClusterView seen = view(replica);
      ClusterView.Entry oldMaster = seen.byId(masterId);
      if (!replica.equals(seen.ownerOf(slot))) {
        return "slot " + slot + " is served by " + seen.ownerOf(slot);
      }
      if (oldMaster == null || !replicaId.equals(oldMaster.masterId())) {
        return master + " does not follow " + replica + " yet";
      }
      return null;
    });
    awaitHealthy();
    return replica;
  }

  /**
   * Starts a node killed by {@link #killNode} or {@link #killMaster} again on its port, with its
   * {@code nodes.conf}, and waits until the cluster is healthy: a former master comes back as a
   * replica of the node that took over its slots.
   *
   * @param node the address of a node killed by killNode or killMaster
   * @throws IllegalArgumentException when {@code node} is not a killed node of this cluster
   */
  public void restartNode(HostAndPort node) {
    Objects.requireNonNull(node, "node");
    Node target = nodes.stream().filter(n -> n.address().equals(node)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(node + " is not a node of this cluster;"
            + " nodes are " + nodes()));
    if (!stopped.contains(node) || target.process().isAlive()) {
      throw new IllegalArgumentException(node + " runs; only a killed node can be restarted");
    }
    target.process().restart();
    stopped.remove(node);
    awaitHealthy();
  }

  /**
   * Stalls one node with SIGSTOP: it accepts connections but answers nothing, to clients and to
   * the cluster bus, until {@link #resumeNode(HostAndPort)}. A master paused for longer than the
   * node timeout (2 s) is failed over by its replica, if it has one. {@link #close()} resumes
   * paused nodes before stopping them.
   *
   * @param node the address of the running node to stall
   * @throws IllegalArgumentException when {@code node} is not a running node of this cluster
   */
  public void pauseNode(HostAndPort node) {
    find(node).process().pause();
  }

  /**
   * Continues a node stalled by {@link #pauseNode(HostAndPort)} (SIGCONT). Call
   * {@link #awaitHealthy()} afterwards to wait until the others see it healthy again.
   *
   * @param node the address of a paused node
   * @throws IllegalArgumentException when {@code node} is not a running node of this cluster
   */
  public void resumeNode(HostAndPort node) {
    find(node).process().resume();
  }

  /**
   * True while {@code node} is paused by {@link #pauseNode(HostAndPort)}.
   *
   * @param node the address of a node
   * @return whether the node is paused
   */
  public boolean isPaused(HostAndPort node) {
    return find(node).process().isPaused();
  }

  private int firstSlotOf(HostAndPort master) {
    find(master);
    ClusterView view = currentView();
    for (int slot = 0; slot < ClusterView.SLOTS; slot++) {
      if (master.equals(view.ownerOf(slot))) {
        return slot;
      }
    }
    throw new IllegalArgumentException(master + " is not a master that serves slots; masters are "
        + masters());
  }

  /**
   * True while no node was stopped or paused and every node process runs.
   *
   * @return whether no node was stopped, killed or paused
   */
  public boolean isIntact() {
    return stopped.isEmpty()
        && nodes.stream().allMatch(n -> n.process().isAlive() && !n.process().isPaused());
  }

  /**
   * Starts moving {@code slot} from its master to the master {@code target}: the slot is
   * {@code MIGRATING} on the source and {@code IMPORTING} on the target, so clients get
   * {@code ASK} redirects for keys already moved. Finish with {@link SlotMigration#complete()}.
   *
   * @param slot the hash slot, 0 to 16383
   * @param target the address of the master to move the slot to
   * @return the migration, half way
   */
  public SlotMigration beginSlotMigration(int slot, HostAndPort target) {
    HostAndPort source = masterFor(slot);
    Node to = find(target);
    if (source.equals(to.address())) {
      throw new IllegalArgumentException("slot " + slot + " is already served by " + target
          + "; pick another master to migrate it to");
    }
    Node from = find(source);
    return SlotMigration.begin(this, slot, from.address(), from.id(), to.address(), to.id());
  }

  /**
   * Moves {@code slot} and all its keys to the master {@code target}, tells every master, and
   * waits until all nodes agree; afterwards clients get {@code MOVED} for the slot.
   *
   * @param slot the hash slot, 0 to 16383
   * @param target the address of the master to move the slot to
   */
  public void migrateSlot(int slot, HostAndPort target) {
    beginSlotMigration(slot, target).migrateAllKeys().complete();
  }

  private Node find(HostAndPort address) {
    Objects.requireNonNull(address, "node");
    for (Node node : nodes) {
      if (node.address().equals(address) && !stopped.contains(address)) {
        return node;
      }
    }
    throw new IllegalArgumentException(address + " is not a running node of this cluster; nodes"
        + " are " + nodes());
  }

  /** The view of the first running node that is not paused. */
  private ClusterView currentView() {
    for (Node node : nodes) {
      if (!stopped.contains(node.address()) && !node.process().isPaused()) {
        return view(node.address());
      }
    }
    throw new IllegalStateException("no node of this cluster runs unpaused");
  }

  private ClusterView view(HostAndPort address) {
    try (Jedis jedis = connect(address)) {
      return ClusterView.parse(jedis.clusterNodes());
    }
  }

  /** Stops every node and deletes its files. Safe to call more than once. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (Node node : nodes) {
      try {
        node.process().close();
      } catch (RuntimeException e) {
        failure = failure == null ? e : failure;
      }
    }
    stopped.addAll(nodes.stream().map(Node::address).toList());
    if (failure != null) {
      throw failure;
    }
  }

  @Override
  public String toString() {
    return "Redis Cluster on " + nodes() + " (" + Arrays.toString(
        nodes.stream().map(n -> n.process().binary()).distinct().toArray()) + ")";
  }
}

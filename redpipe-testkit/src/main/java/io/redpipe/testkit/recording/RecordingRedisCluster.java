package io.redpipe.testkit.recording;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClusterClient;
import redis.clients.jedis.RedisProtocol;

/**
 * A Redis Cluster that is not there: {@code masters} small in-process RESP servers on loopback
 * ports (no {@code redis-server}), which Jedis's {@link RedisClusterClient} and RedPipe's own slot
 * map talk to as to real nodes. Each node records, in order and byte for byte, the commands it
 * receives and counts its round trips; all nodes answer with the same canned {@link Reply
 * replies}:
 *
 * <pre>{@code
 * try (RecordingRedisCluster cluster = RecordingRedisCluster.create(3)
 *         .answer("INCR", Reply.integer(1));
 *     RedisClusterClient client = cluster.newClient();
 *     RedPipeContext context = RedPipeContext.create()) {
 *   context.connect(client);
 *   ... // code under test
 *   assertEquals(List.of("INCR a{1}"), cluster.commandLines(cluster.nodeFor("a{1}")));
 *   assertEquals(1, cluster.roundTrips(cluster.nodeFor("a{1}")));
 * }
 * }</pre>
 *
 * <p>The slots are spread evenly over the nodes, in the order of {@link #nodes()}. The nodes
 * answer {@code CLUSTER SLOTS} from that map and the handshake ({@code HELLO}, {@code AUTH},
 * {@code CLIENT SETINFO}, {@code SELECT}) themselves, without recording them. A command's key is
 * taken to be its first argument: {@link #moveSlot} and {@link #migrateSlot} make the nodes answer
 * {@code MOVED} and {@code ASK} for the keys of a slot, so redirect handling can be tested. A
 * node counts a round trip when commands arrive on a connection after every earlier command of
 * that connection arrived whole and was answered (a pipeline longer than the client's 8 KB output
 * buffer may arrive in several writes, and counts once more if a write ends exactly between two
 * commands).
 *
 * <p>Thread-safe. {@link #close()} closes every socket and stops every thread; close the clients
 * first.
 */
public final class RecordingRedisCluster implements CannedReplies<RecordingRedisCluster>,
    AutoCloseable {
  private final AnswerList answers = new AnswerList("RecordingRedisCluster");
  private final Map<HostAndPort, RecordingNode> nodes = new LinkedHashMap<>();
  private final SlotMap slots;

  private RecordingRedisCluster(List<ServerSocket> servers) {
    List<HostAndPort> addresses = new ArrayList<>();
    servers.forEach(server -> addresses.add(
        new HostAndPort(server.getInetAddress().getHostAddress(), server.getLocalPort())));
    slots = new SlotMap(addresses);
    for (ServerSocket server : servers) {
      RecordingNode node = new RecordingNode(server, slots, answers);
      nodes.put(node.address(), node);
    }
    nodes.values().forEach(RecordingNode::start);
  }

  /**
   * Starts a recording cluster of {@code masters} nodes (no replicas), each on a free loopback
   * port.
   *
   * @param masters how many nodes, 1 to 64
   * @return the running cluster; the caller closes it
   * @throws UncheckedIOException when no loopback port can be opened
   */
  public static RecordingRedisCluster create(int masters) {
    if (masters < 1 || masters > 64) {
      throw new IllegalArgumentException("a recording cluster has 1 to 64 masters, not "
          + masters);
    }
    List<ServerSocket> servers = new ArrayList<>();
    try {
      for (int i = 0; i < masters; i++) {
        servers.add(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
      }
    } catch (IOException e) {
      servers.forEach(RecordingRedisCluster::closeQuietly);
      throw new UncheckedIOException("could not open a loopback port for a recording node", e);
    }
    return new RecordingRedisCluster(servers);
  }

  /**
   * A cluster client speaking RESP3 (as Jedis 8 does by default) that knows every node; the
   * caller closes it, before this cluster.
   *
   * @return a new client
   */
  public RedisClusterClient newClient() {
    return newClient(RedisProtocol.RESP3);
  }

  /**
   * A cluster client speaking {@code protocol} that knows every node.
   *
   * @param protocol RESP2 or RESP3
   * @return a new client; the caller closes it, before this cluster
   */
  public RedisClusterClient newClient(RedisProtocol protocol) {
    Objects.requireNonNull(protocol, "protocol");
    return RedisClusterClient.builder().nodes(new LinkedHashSet<>(nodes()))
        .clientConfig(DefaultJedisClientConfig.builder().protocol(protocol).build()).build();
  }

  /**
   * The nodes' addresses, in the order the slots were spread over them.
   *
   * @return the addresses
   */
  public List<HostAndPort> nodes() {
    return List.copyOf(nodes.keySet());
  }

  /**
   * The node that serves {@code key} now (its hash tag counts, as in Redis).
   *
   * @param key a key
   * @return the node's address
   */
  public HostAndPort nodeFor(String key) {
    return slots.owner(SlotMap.slotOf(
        Objects.requireNonNull(key, "key").getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * The node that serves {@code slot} now.
   *
   * @param slot a slot, 0 to 16383
   * @return the node's address
   */
  public HostAndPort nodeForSlot(int slot) {
    return slots.owner(slot);
  }

  @Override
  public RecordingRedisCluster answer(Function<RecordedCommand, Reply> function) {
    answers.add(function);
    return this;
  }

  /**
   * Answers the {@code position}-th command {@code node} records (zero-based, handshakes and
   * {@code CLUSTER SLOTS} left out) with {@code reply}, whatever it is; a redirect comes first.
   *
   * @param node a node's address
   * @param position the command's position on that node
   * @param reply the reply
   * @return this object
   */
  public RecordingRedisCluster answerAt(HostAndPort node, int position, Reply reply) {
    node(node).recording().answerAt(position, reply);
    return this;
  }

  /**
   * The commands {@code node} received so far, in order.
   *
   * @param node a node's address
   * @return a snapshot
   */
  public List<RecordedCommand> commands(HostAndPort node) {
    return node(node).recording().commands();
  }

  /**
   * The commands {@code node} received so far as lines, e.g. {@code HINCRBY U{1} visits 1}.
   *
   * @param node a node's address
   * @return a snapshot
   */
  public List<String> commandLines(HostAndPort node) {
    return node(node).recording().commandLines();
  }

  /**
   * The commands of every node as lines, by node in the order of {@link #nodes()}; a node that
   * received nothing has an empty list.
   *
   * @return a snapshot
   */
  public Map<HostAndPort, List<String>> commandLines() {
    Map<HostAndPort, List<String>> lines = new LinkedHashMap<>();
    nodes.forEach((address, node) -> lines.put(address, node.recording().commandLines()));
    return lines;
  }

  /**
   * The round trips to {@code node} so far.
   *
   * @param node a node's address
   * @return the number of round trips
   */
  public int roundTrips(HostAndPort node) {
    return node(node).recording().roundTrips();
  }

  /**
   * The round trips to all nodes so far.
   *
   * @return their sum
   */
  public int roundTrips() {
    return nodes.values().stream().mapToInt(node -> node.recording().roundTrips()).sum();
  }

  /**
   * Gives {@code slot} to {@code node}, as a finished migration does: {@code CLUSTER SLOTS}
   * lists the new owner, and every other node answers {@code MOVED slot node} for the slot's
   * keys. Ends a {@link #migrateSlot migration} of the slot.
   *
   * @param slot a slot, 0 to 16383
   * @param node the new owner
   */
  public void moveSlot(int slot, HostAndPort node) {
    slots.move(slot, node);
  }

  /**
   * Starts migrating {@code slot} to {@code node}, as if all its keys had moved already: the
   * owner answers {@code ASK slot node} for the slot's keys; {@code node} answers them after
   * {@code ASKING} and with {@code MOVED} to the owner without. {@code CLUSTER SLOTS} still lists
   * the owner. {@link #moveSlot} ends the migration.
   *
   * @param slot a slot, 0 to 16383
   * @param node the node the slot migrates to
   */
  public void migrateSlot(int slot, HostAndPort node) {
    slots.migrate(slot, node);
  }

  /** Forgets every node's recorded commands and round trips; answers and slots stay. */
  public void clear() {
    nodes.values().forEach(node -> node.recording().clear());
  }

  /**
   * Whether a thread of this cluster still runs; after {@link #close()} none does.
   *
   * @return whether any node's thread is alive
   */
  public boolean isRunning() {
    return nodes.values().stream().anyMatch(RecordingNode::running);
  }

  /** Closes every node's sockets and waits (bounded) until their threads ended. */
  @Override
  public void close() {
    nodes.values().forEach(RecordingNode::close);
  }

  private RecordingNode node(HostAndPort address) {
    RecordingNode node = nodes.get(Objects.requireNonNull(address, "node"));
    if (node == null) {
      throw new IllegalArgumentException(address + " is not a node of this cluster; nodes: "
          + nodes.keySet());
    }
    return node;
  }

  private static void closeQuietly(ServerSocket server) {
    try {
      server.close();
    } catch (IOException e) {
      // closing after a failed start
    }
  }
}

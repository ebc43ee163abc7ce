package io.redpipe.connections;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.ConnectionPool;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.exceptions.JedisException;

/**
 * RedPipe's view of a Redis Cluster for one connection of one context: which master serves each
 * slot (from {@code CLUSTER SLOTS}), and the Jedis pool of each node. Routing a batch by this map
 * borrows nothing; each node's batch then borrows one connection of that node's pool when it is
 * sent. The map is refreshed on a redirect and on a connection failure, at most once per
 * {@link #MIN_REFRESH_INTERVAL} (concurrent executes share one refresh).
 */
public final class ClusterTopology {
  /** The shortest time between two refreshes of the slot map. */
  public static final Duration MIN_REFRESH_INTERVAL = Duration.ofMillis(200);

  private static final int SLOTS = 16384;

  private final ClusterClient client;
  private final Map<HostAndPort, ServerPool> pools = new ConcurrentHashMap<>();
  private final AtomicLong lastRefresh = new AtomicLong(System.nanoTime() - 2 * nanos());
  /** When the last refresh that changed or confirmed the map ended. */
  private volatile long lastRefreshEnd = System.nanoTime() - 2 * nanos();
  private final ReentrantLock refreshing = new ReentrantLock();
  private volatile HostAndPort[] masters;
  /** Each master's replicas, as the last {@code CLUSTER SLOTS} listed them. */
  private volatile Map<HostAndPort, List<HostAndPort>> replicas = Map.of();

  ClusterTopology(ClusterClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  private static long nanos() {
    return MIN_REFRESH_INTERVAL.toNanos();
  }

  /**
   * The master serving {@code slot}, loading the slot map on first use.
   *
   * @param slot a hash slot
   * @param call how to ask a node for the slot map
   * @return the master's address, or {@code null} when no node could tell or no master serves
   *     the slot
   */
  public HostAndPort masterOf(int slot, NodeCall call) {
    HostAndPort[] current = masters;
    if (current == null) {
      refresh(call, Set.of(), true);
      current = masters;
      if (current == null) {
        return null;
      }
    }
    return current[slot];
  }

  /**
   * Records that a {@code MOVED} redirect named {@code node} as the master of {@code slot}, so
   * the next commands of that slot go there without waiting for a refresh.
   *
   * @param slot the slot
   * @param node the new master
   */
  public void moved(int slot, HostAndPort node) {
    HostAndPort[] current = masters;
    if (current != null && slot >= 0 && slot < SLOTS) {
      current[slot] = node;  // a racy write of one reference: readers see the old or the new
    }
  }

  /**
   * The pool of {@code node}; when the Jedis client has none yet (a node it has not seen), asks
   * it to refresh its own view once.
   *
   * @param node a node of the cluster
   * @return the pool, or {@code null} when the client knows no such node
   */
  public ServerPool pool(HostAndPort node) {
    ServerPool known = pools.get(node);
    if (known != null) {
      return known;  // kept until the slot map is reloaded (the client's node map is a copy)
    }
    ConnectionPool jedisPool = client.nodePools().get(node.toString());
    if (jedisPool == null) {
      try {
        client.refreshSlotMap();
      } catch (JedisException e) {
        return null;
      }
      jedisPool = client.nodePools().get(node.toString());
      if (jedisPool == null) {
        return null;
      }
    }
    ServerPool created = new ServerPool(jedisPool, node);
    pools.put(node, created);
    return created;
  }

  /**
   * Reloads the slot map after {@code avoid} could not be reached at {@code failedAt}
   * ({@link System#nanoTime()}), unless a refresh ended after that (its map is used). When the
   * last refresh is more recent than {@link #MIN_REFRESH_INTERVAL}, waits until that interval
   * passed (a back-off during a failover: the first execute after a replica took over then finds
   * it), at most {@code maxWait}. Concurrent callers wait for one refresh instead of each
   * sending their own.
   *
   * @param call how to ask a node
   * @param avoid the nodes that failed, asked last
   * @param failedAt when they failed
   * @param maxWait the longest wait (the execute's remaining time)
   * @return whether the map may have changed since {@code failedAt}
   */
  public boolean refreshAfterFailure(NodeCall call, Set<HostAndPort> avoid, long failedAt,
      Duration maxWait) {
    long start = System.nanoTime();
    long budget = maxWait.toNanos();
    try {
      if (!refreshing.tryLock(budget, TimeUnit.NANOSECONDS)) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    try {
      if (lastRefreshEnd - failedAt > 0) {
        return true;  // another execute refreshed after this failure
      }
      long wait = lastRefresh.get() + nanos() - System.nanoTime();
      if (wait > 0) {
        if (wait > budget - (System.nanoTime() - start)) {
          return false;
        }
        TimeUnit.NANOSECONDS.sleep(wait);
      }
      lastRefresh.set(System.nanoTime());
      return load(call, avoid);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    } finally {
      refreshing.unlock();
    }
  }

  /**
   * Reloads the slot map from the first node that answers, asking the nodes in {@code avoid}
   * (which just failed) last. Does nothing when the last refresh is more recent than
   * {@link #MIN_REFRESH_INTERVAL} or another thread is refreshing, unless {@code force}.
   *
   * @param call how to ask a node
   * @param avoid nodes to ask last
   * @param force refresh even when the last refresh was recent (the first load)
   * @return whether this call reloaded the map
   */
  public boolean refresh(NodeCall call, Set<HostAndPort> avoid, boolean force) {
    long now = System.nanoTime();
    long last = lastRefresh.get();
    if (!force && now - last < nanos()) {
      return false;
    }
    if (!lastRefresh.compareAndSet(last, now) && !force) {
      return false;
    }
    return load(call, avoid);
  }

  /** Asks the nodes for the slot map until one answers; throws only when no map is known. */
  private boolean load(NodeCall call, Set<HostAndPort> avoid) {
    RuntimeException failure = null;
    for (HostAndPort node : candidates(avoid)) {
      ServerPool pool = pool(node);
      if (pool == null) {
        continue;
      }
      try {
        Object reply = call.call(pool, new CommandArguments(Protocol.Command.CLUSTER).add("SLOTS"));
        HostAndPort[] parsed = parse(reply, node);
        if (parsed != null) {
          replicas = parseReplicas(reply, node);
          masters = parsed;
          forgetReplacedPools();
          lastRefreshEnd = System.nanoTime();
          return true;
        }
      } catch (RuntimeException e) {
        failure = e;
      }
    }
    if (masters == null && failure != null) {
      throw failure;
    }
    return false;
  }

  /**
   * Drops the pools the Jedis client no longer uses for their node (it replaced or removed them),
   * so {@link #pool} looks them up again; the others keep what they know (e.g. loaded scripts).
   */
  private void forgetReplacedPools() {
    Map<String, ConnectionPool> current = client.nodePools();
    pools.entrySet().removeIf(
        entry -> !entry.getValue().wraps(current.get(entry.getKey().toString())));
  }

  /** The known masters first, then every node the Jedis client has a pool for; avoided last. */
  private List<HostAndPort> candidates(Set<HostAndPort> avoid) {
    Set<HostAndPort> ordered = new LinkedHashSet<>();
    HostAndPort[] current = masters;
    if (current != null) {
      for (HostAndPort master : current) {
        if (master != null) {
          ordered.add(master);
        }
      }
    }
    for (String name : client.nodePools().keySet()) {
      ordered.add(HostAndPort.from(name));
    }
    List<HostAndPort> result = new ArrayList<>(ordered.size());
    for (HostAndPort node : ordered) {
      if (!avoid.contains(node)) {
        result.add(node);
      }
    }
    for (HostAndPort node : ordered) {
      if (avoid.contains(node)) {
        result.add(node);
      }
    }
    return result;
  }

  /**
   * Reads a {@code CLUSTER SLOTS} reply: entries {@code [start, end, [host, port, id], replicas
   * ...]}; an empty host means the node that answered.
   */
  static HostAndPort[] parse(Object reply, HostAndPort asked) {
    if (!(reply instanceof List)) {
      return null;
    }
    HostAndPort[] owners = new HostAndPort[SLOTS];
    for (Object entry : (Collection<?>) reply) {
      if (!(entry instanceof List) || ((List<?>) entry).size() < 3) {
        continue;
      }
      List<?> range = (List<?>) entry;
      Object master = range.get(2);
      if (!(master instanceof List) || ((List<?>) master).size() < 2) {
        continue;
      }
      List<?> address = (List<?>) master;
      String host = text(address.get(0));
      if (host.isEmpty() || host.equals("?")) {
        host = asked.getHost();
      }
      HostAndPort node = new HostAndPort(host, ((Number) address.get(1)).intValue());
      int start = ((Number) range.get(0)).intValue();
      int end = ((Number) range.get(1)).intValue();
      for (int slot = Math.max(0, start); slot <= end && slot < SLOTS; slot++) {
        owners[slot] = node;
      }
    }
    return owners;
  }

  /** The replicas of each master in a {@code CLUSTER SLOTS} reply (entries' 4th element on). */
  static Map<HostAndPort, List<HostAndPort>> parseReplicas(Object reply, HostAndPort asked) {
    Map<HostAndPort, List<HostAndPort>> found = new HashMap<>();
    for (Object entry : (Collection<?>) reply) {
      if (!(entry instanceof List) || ((List<?>) entry).size() < 4) {
        continue;
      }
      List<?> range = (List<?>) entry;
      HostAndPort master = address(range.get(2), asked);
      if (master == null) {
        continue;
      }
      List<HostAndPort> list = found.computeIfAbsent(master, m -> new ArrayList<>());
      for (int i = 3; i < range.size(); i++) {
        HostAndPort replica = address(range.get(i), asked);
        if (replica != null && !list.contains(replica)) {
          list.add(replica);
        }
      }
    }
    Map<HostAndPort, List<HostAndPort>> frozen = new HashMap<>();
    found.forEach((master, list) -> frozen.put(master, List.copyOf(list)));
    return Map.copyOf(frozen);
  }

  private static HostAndPort address(Object node, HostAndPort asked) {
    if (!(node instanceof List) || ((List<?>) node).size() < 2) {
      return null;
    }
    List<?> address = (List<?>) node;
    String host = text(address.get(0));
    if (host.isEmpty() || host.equals("?")) {
      host = asked.getHost();
    }
    return new HostAndPort(host, ((Number) address.get(1)).intValue());
  }

  /**
   * The replicas of {@code master} as the slot map lists them.
   *
   * @param master a master's address
   * @return its replicas; empty when it has none or is unknown
   */
  public List<HostAndPort> replicasOf(HostAndPort master) {
    return replicas.getOrDefault(master, List.of());
  }

  static String text(Object value) {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8)
        : String.valueOf(value);
  }

  /** The cluster client. */
  public ClusterClient client() {
    return client;
  }
}

package io.redpipe.connections;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.RedisClient;

/**
 * The replicas a connection reads from and its policy: replica clients named by the application,
 * the replicas a Sentinel reports ({@link SentinelReplicas}), or, on a cluster connection, those
 * its slot map lists. The replicas take turns (round robin).
 */
public final class Replicas {
  static final Replicas NONE = new Replicas(ReadFrom.MASTER, List.of(), null);

  private final ReadFrom readFrom;
  private final List<ServerPool> pools;
  private final SentinelReplicas sentinel;
  private final AtomicInteger turn = new AtomicInteger();

  private Replicas(ReadFrom readFrom, List<ServerPool> pools, SentinelReplicas sentinel) {
    this.readFrom = Objects.requireNonNull(readFrom, "readFrom");
    this.pools = pools;
    this.sentinel = sentinel;
  }

  static Replicas of(ReadFrom readFrom, RedisClient... clients) {
    Objects.requireNonNull(clients, "replicas");
    List<ServerPool> pools = new ArrayList<>(clients.length);
    for (int i = 0; i < clients.length; i++) {
      pools.add(new ServerPool(Objects.requireNonNull(clients[i], "replicas[" + i + "]").getPool(),
          null));
    }
    return new Replicas(readFrom, List.copyOf(pools), null);
  }

  /** The policy alone: a cluster's replicas come from its slot map. */
  static Replicas ofCluster(ReadFrom readFrom) {
    return new Replicas(readFrom, List.of(), null);
  }

  /** The replicas {@code sentinel} reports. */
  static Replicas ofSentinel(ReadFrom readFrom, SentinelReplicas sentinel) {
    return new Replicas(readFrom, List.of(), Objects.requireNonNull(sentinel, "sentinel"));
  }

  /**
   * The connection's policy (a pipeline may override it for its executes).
   *
   * @return where read-only batches go
   */
  public ReadFrom readFrom() {
    return readFrom;
  }

  /**
   * The Sentinel source, when the replicas are those a Sentinel reports.
   *
   * @return the source, or {@code null}
   */
  public SentinelReplicas sentinel() {
    return sentinel;
  }

  /**
   * Picks one of {@code options} in turn (round robin).
   *
   * @param options the candidates, e.g. a cluster master's replicas
   * @param <T> the candidates' type
   * @return one of them, or {@code null} when there is none
   */
  public <T> T pick(List<T> options) {
    return options.isEmpty() ? null
        : options.get(Math.floorMod(turn.getAndIncrement(), options.size()));
  }

  /**
   * The replica a single-server connection's next read-only batch goes to, whatever the policy
   * (the caller decided that the batch may go to a replica). With a {@link SentinelReplicas}
   * source, asks the sentinels first when that is due, within {@code maxWait}.
   *
   * @param call how to ask a sentinel, within the execute's deadline
   * @param master the connection's master now, or {@code null} when unknown; never picked
   * @param maxWait the execute's remaining time
   * @return a replica's pool, or {@code null} when no replica is known
   */
  public ServerPool next(NodeCall call, HostAndPort master, Duration maxWait) {
    return pick(sentinel == null ? pools : sentinel.current(call, master, maxWait));
  }

  /**
   * Records that a batch on a replica failed: the sentinels are asked again at the next read
   * (rate-limited), in case the replica is gone or the set changed.
   */
  public void failed() {
    if (sentinel != null) {
      sentinel.failed();
    }
  }

  /**
   * Why {@link #next} found no replica, for a message; never shows a credential.
   *
   * @return e.g. {@code the connection names no replica}
   */
  public String describeNone() {
    return sentinel != null ? sentinel.describeNone()
        : "the connection names no replica (readFrom(policy, replicas...))";
  }
}

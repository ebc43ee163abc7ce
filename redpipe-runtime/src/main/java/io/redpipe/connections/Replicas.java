package io.redpipe.connections;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import redis.clients.jedis.RedisClient;

/**
 * The replicas a single-server connection names and the policy that sends read-only batches to
 * them; the replicas take turns (round robin).
 */
public final class Replicas {
  static final Replicas NONE = new Replicas(ReadFrom.MASTER, List.of());

  private final ReadFrom readFrom;
  private final List<ServerPool> pools;
  private final AtomicInteger turn = new AtomicInteger();

  private Replicas(ReadFrom readFrom, List<ServerPool> pools) {
    this.readFrom = readFrom;
    this.pools = pools;
  }

  static Replicas of(ReadFrom readFrom, RedisClient... clients) {
    Objects.requireNonNull(readFrom, "readFrom");
    Objects.requireNonNull(clients, "replicas");
    List<ServerPool> pools = new ArrayList<>(clients.length);
    for (int i = 0; i < clients.length; i++) {
      pools.add(new ServerPool(Objects.requireNonNull(clients[i], "replicas[" + i + "]").getPool(),
          null));
    }
    return new Replicas(readFrom, List.copyOf(pools));
  }

  /**
   * The policy.
   *
   * @return where read-only batches go
   */
  public ReadFrom readFrom() {
    return readFrom;
  }

  /** The policy alone: a cluster's replicas come from its slot map. */
  static Replicas ofCluster(ReadFrom readFrom) {
    return new Replicas(Objects.requireNonNull(readFrom, "readFrom"), List.of());
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
   * The replica the next read-only batch goes to.
   *
   * @return a replica's pool, or {@code null} when the policy is {@link ReadFrom#MASTER} or there
   *     is no replica
   */
  public ServerPool next() {
    if (readFrom == ReadFrom.MASTER || pools.isEmpty()) {
      return null;
    }
    return pick(pools);
  }
}

package io.redpipe.testkit;

import java.util.List;
import java.util.Objects;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.params.MigrateParams;

/**
 * One slot on its way from one master to another, begun by
 * {@link RedisClusterFixture#beginSlotMigration(int, HostAndPort)}.
 *
 * <p>While it is open the slot is {@code MIGRATING} on the source and {@code IMPORTING} on the
 * target: a key still on the source is served there, a key already moved answers with an
 * {@code ASK} redirect. {@link #complete()} assigns the slot to the target on every master, after
 * which clients get {@code MOVED}.
 */
public final class SlotMigration {
  private static final int BATCH = 100;
  private static final int MIGRATE_TIMEOUT_MILLIS = 5000;

  private final RedisClusterFixture cluster;
  private final int slot;
  private final HostAndPort source;
  private final HostAndPort target;
  private final String targetId;
  private boolean completed;

  private SlotMigration(RedisClusterFixture cluster, int slot, HostAndPort source,
      HostAndPort target, String targetId) {
    this.cluster = cluster;
    this.slot = slot;
    this.source = source;
    this.target = target;
    this.targetId = targetId;
  }

  static SlotMigration begin(RedisClusterFixture cluster, int slot, HostAndPort source,
      String sourceId, HostAndPort target, String targetId) {
    try (Jedis to = cluster.connect(target); Jedis from = cluster.connect(source)) {
      to.clusterSetSlotImporting(slot, sourceId);
      from.clusterSetSlotMigrating(slot, targetId);
    }
    return new SlotMigration(cluster, slot, source, target, targetId);
  }

  /**
   * The slot being moved.
   *
   * @return the slot being moved
   */
  public int slot() {
    return slot;
  }

  /**
   * The master the slot comes from.
   *
   * @return the master the slot comes from
   */
  public HostAndPort source() {
    return source;
  }

  /**
   * The master the slot goes to.
   *
   * @return the master the slot goes to
   */
  public HostAndPort target() {
    return target;
  }

  /**
   * Moves these keys (all in {@link #slot()}) to the target now; keys that are not on the source
   * are skipped.
   *
   * @param keys keys of the slot
   * @return this migration
   */
  public SlotMigration migrateKeys(String... keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.length > 0) {
      try (Jedis from = cluster.connect(source)) {
        from.migrate(target.getHost(), target.getPort(), 0, MIGRATE_TIMEOUT_MILLIS,
            new MigrateParams(), keys);
      }
    }
    return this;
  }

  /**
   * Moves every key of the slot still on the source to the target, in batches.
   *
   * @return this migration
   */
  public SlotMigration migrateAllKeys() {
    try (Jedis from = cluster.connect(source)) {
      long left = from.clusterCountKeysInSlot(slot);
      // Each round moves up to BATCH keys, so this many rounds move all keys counted above;
      // the extra rounds allow for keys written meanwhile.
      for (long round = 0; round <= left / BATCH + 10; round++) {
        List<byte[]> keys = from.clusterGetKeysInSlotBinary(slot, BATCH);
        if (keys.isEmpty()) {
          return this;
        }
        from.migrate(target.getHost(), target.getPort(), 0, MIGRATE_TIMEOUT_MILLIS,
            new MigrateParams(), keys.toArray(new byte[0][]));
      }
      throw new IllegalStateException("slot " + slot + " on " + source + " still has "
          + from.clusterCountKeysInSlot(slot) + " keys after moving " + left
          + "; stop writing to the slot while it migrates");
    }
  }

  /**
   * Assigns the slot to the target on the target, the source and every other master, then waits
   * until all nodes agree. The source must hold no key of the slot any more.
   */
  public void complete() {
    if (completed) {
      return;
    }
    try (Jedis from = cluster.connect(source)) {
      long left = from.clusterCountKeysInSlot(slot);
      if (left > 0) {
        throw new IllegalStateException("slot " + slot + " still has " + left + " keys on "
            + source + "; call migrateAllKeys() before complete()");
      }
    }
    try (Jedis to = cluster.connect(target)) {
      to.clusterSetSlotNode(slot, targetId);
    }
    try (Jedis from = cluster.connect(source)) {
      from.clusterSetSlotNode(slot, targetId);
    }
    for (HostAndPort master : cluster.masters()) {
      if (!master.equals(source) && !master.equals(target)) {
        try (Jedis other = cluster.connect(master)) {
          other.clusterSetSlotNode(slot, targetId);
        }
      }
    }
    completed = true;
    cluster.awaitHealthy();
  }

  @Override
  public String toString() {
    return "slot " + slot + " from " + source + " to " + target
        + (completed ? " (completed)" : " (in progress)");
  }
}

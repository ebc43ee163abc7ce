package io.redpipe.connections;

/**
 * Where read-only batches go: set per connection
 * ({@link Connection#readFrom(ReadFrom, redis.clients.jedis.RedisClient...)},
 * {@link Connection#readFrom(ReadFrom, SentinelReplicas)}) or per root pipeline
 * ({@link io.redpipe.pipelines.Pipeline#readFrom(ReadFrom)}). A batch holding any command Jedis
 * does not flag {@code READONLY} always goes to the master, and so does every batch of a
 * transaction connection. Replicas replicate asynchronously: a read from one may miss the latest
 * writes (replica lag), which is the price of choosing it.
 */
public enum ReadFrom {
  /** Every batch goes to the master (the default). */
  MASTER,
  /**
   * Read-only batches go to a replica; when it can't be reached or read, or no replica is known,
   * to the master.
   */
  PREFER_REPLICA,
  /**
   * Read-only batches go to a replica only: when it fails, the execute fails; on a single server
   * or Sentinel connection that knows no replica, too (a cluster master that lists no replica
   * serves its own reads).
   */
  REPLICA
}

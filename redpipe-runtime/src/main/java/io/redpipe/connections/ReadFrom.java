package io.redpipe.connections;

/**
 * Where a connection's read-only batches go when it names replicas (see
 * {@link Connection#readFrom(ReadFrom, redis.clients.jedis.RedisClient...)}). A batch holding any
 * command Jedis does not flag {@code READONLY} always goes to the master, and so does every
 * batch of a transaction connection. Replicas replicate asynchronously: a read from one may miss
 * the latest writes (replica lag), which is the price of choosing it.
 */
public enum ReadFrom {
  /** Every batch goes to the master (the default). */
  MASTER,
  /** Read-only batches go to a replica; when it can't be reached or read, to the master. */
  PREFER_REPLICA,
  /** Read-only batches go to a replica only; when it fails, the execute fails. */
  REPLICA
}

package io.redpipe.annotations;

/** The Redis data type a keyspace holds. */
public enum KeyspaceType {
  /** Plain string keys. */
  STRING,
  /** Hashes, with typed members declared by {@link Field} methods. */
  HASH,
  /** Lists. */
  LIST,
  /** Sets. */
  SET,
  /** Sorted sets. */
  SORTED_SET,
  /** HyperLogLogs. */
  HYPERLOGLOG,
  /** Geo sets. */
  GEO,
  /** RedPipe's sharded string store over a fixed number of hashes. */
  HASHED_STRING
}

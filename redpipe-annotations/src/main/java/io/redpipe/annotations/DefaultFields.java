package io.redpipe.annotations;

/** Which members a struct loads when no field list is given. */
public enum DefaultFields {
  /** Every member of the hash (HGETALL). */
  ALL,
  /** Only the members declared with {@link Field} (HMGET). */
  DEFINED
}

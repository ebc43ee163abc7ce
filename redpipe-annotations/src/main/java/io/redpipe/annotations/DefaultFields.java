package io.redpipe.annotations;

/** Which members a struct loads when no field list is given. */
public enum DefaultFields {
  /** Every member of the hash (HGETALL). */
  ALL,
  /** Only the members declared with {@link Field} (HMGET). */
  DEFINED,
  /**
   * The members named by {@link Struct#defaultFieldNames()} (HMGET), Python RedPipe's
   * {@code default_fields=['name', ...]}.
   */
  LISTED
}

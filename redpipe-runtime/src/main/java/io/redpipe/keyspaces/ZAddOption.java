package io.redpipe.keyspaces;

/** Options of ZADD: NX and XX exclude each other, and GT / LT exclude NX and each other. */
public enum ZAddOption {
  /** Only add new members. */
  NX,
  /** Only update existing members. */
  XX,
  /** Only update when the new score is greater. */
  GT,
  /** Only update when the new score is less. */
  LT,
  /** Count changed members, not only added ones. */
  CH
}

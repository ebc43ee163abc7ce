package io.redpipe.keyspaces;

import java.util.Arrays;
import redis.clients.jedis.Builder;

/**
 * Builders of the replies keyspaces turn into booleans straight from the raw reply: what
 * Jedis's {@code STRING} or {@code LONG} builder followed by a comparison gives, without the
 * intermediate {@code "OK"} string.
 */
final class Replies {
  private static final byte[] OK_BYTES = {'O', 'K'};

  /** True for the status reply {@code OK}; false for anything else (a nil when NX/XX refused). */
  static final Builder<Boolean> OK = new Builder<Boolean>() {
    @Override
    public Boolean build(Object data) {
      return data instanceof byte[] && Arrays.equals(OK_BYTES, (byte[]) data);
    }

    @Override
    public String toString() {
      return "OK";
    }
  };

  /** True for the integer reply 1; false for anything else. */
  static final Builder<Boolean> ONE = new Builder<Boolean>() {
    @Override
    public Boolean build(Object data) {
      return data instanceof Long && (Long) data == 1L;
    }

    @Override
    public String toString() {
      return "ONE";
    }
  };

  private Replies() {}
}

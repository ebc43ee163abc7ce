package io.redpipe.keyspaces;

import java.util.Objects;

/**
 * The UTF-8 bytes of the Redis keys of one prefix ({@code prefix{id}}), built straight into one
 * array for ASCII ids (no intermediate string); keyspaces and structs encode every key with one.
 */
public final class KeyEncoder {
  private final String prefix;
  /** The UTF-8 bytes of {@code prefix + "{"}, the start of every key. */
  private final byte[] head;

  private KeyEncoder(String prefix) {
    this.prefix = prefix;
    this.head = Keys.utf8(prefix + "{");
  }

  /**
   * An encoder of the keys of {@code prefix}.
   *
   * @param prefix the key prefix, as checked by the keyspace or schema that uses it
   * @return the encoder
   */
  public static KeyEncoder of(String prefix) {
    return new KeyEncoder(Objects.requireNonNull(prefix, "prefix"));
  }

  /**
   * The UTF-8 bytes of the key of {@code id}: those of {@link Keys#format(String, String)}.
   *
   * @param id the id
   * @return a new array holding the key
   */
  public byte[] encode(String id) {
    Objects.requireNonNull(id, "id");
    int start = head.length;
    int length = id.length();
    byte[] key = new byte[start + length + 1];
    System.arraycopy(head, 0, key, 0, start);
    for (int i = 0; i < length; i++) {
      char c = id.charAt(i);
      if (c >= 0x80) {
        return Keys.encode(prefix, id);
      }
      key[start + i] = (byte) c;
    }
    key[start + length] = '}';
    return key;
  }
}

package io.redpipe.keyspaces;

import io.redpipe.codecs.FieldCodec;
import java.util.Objects;

/**
 * What a keyspace is: its key prefix, the name of its connection and the codec of its values
 * (members, for sets, lists, sorted sets, HyperLogLogs and geo sets). Immutable.
 *
 * @param <V> the Java type of the values
 */
public final class KeyspaceSpec<V> {
  private final String prefix;
  private final String connection;
  private final FieldCodec<V> valueCodec;

  private KeyspaceSpec(String prefix, String connection, FieldCodec<V> valueCodec) {
    this.prefix = prefix;
    this.connection = connection;
    this.valueCodec = valueCodec;
  }

  /**
   * Returns a spec for keys {@code prefix{id}} on the named connection ({@code null} or
   * {@code ""} for the default one), values stored with {@code valueCodec}. A blank prefix, or
   * one containing a brace, is an IllegalArgumentException: every keyspace key is
   * {@code prefix{id}}.
   */
  public static <V> KeyspaceSpec<V> of(String prefix, String connection, FieldCodec<V> valueCodec) {
    Keys.checkPrefix(prefix);
    Objects.requireNonNull(valueCodec, "valueCodec");
    return new KeyspaceSpec<>(prefix, connection == null ? "" : connection, valueCodec);
  }

  /** The key prefix, e.g. {@code "U"}. */
  public String prefix() {
    return prefix;
  }

  /** The connection name; {@code ""} is the default connection. */
  public String connection() {
    return connection;
  }

  /** The codec of the values. */
  public FieldCodec<V> valueCodec() {
    return valueCodec;
  }

  /** The Redis key of {@code id}: {@code prefix + "{" + id + "}"}. */
  public String key(String id) {
    return Keys.format(prefix, id);
  }

  @Override
  public String toString() {
    return "KeyspaceSpec{prefix=" + prefix + ", connection=" + connection + ", value="
        + valueCodec.typeName() + "}";
  }
}

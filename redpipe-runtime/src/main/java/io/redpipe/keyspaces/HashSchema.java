package io.redpipe.keyspaces;

import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a hash keyspace is: its key prefix, connection and the codec of each declared member.
 * Members that are not declared are stored as TEXT. Immutable.
 */
public final class HashSchema {
  private final String prefix;
  private final String connection;
  private final Map<String, FieldCodec<?>> fields;

  private HashSchema(Builder builder) {
    this.prefix = builder.prefix;
    this.connection = builder.connection;
    this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fields));
  }

  /**
   * Starts a schema for keys {@code prefix{id}}. A blank prefix, or one containing a
   * brace, is an IllegalArgumentException.
   */
  public static Builder builder(String prefix) {
    return new Builder(Keys.checkPrefix(prefix));
  }

  /** Builds a {@link HashSchema}. */
  public static final class Builder {
    private final String prefix;
    private String connection = "";
    private final Map<String, FieldCodec<?>> fields = new LinkedHashMap<>();

    private Builder(String prefix) {
      this.prefix = prefix;
    }

    /** The connection name; {@code null} or {@code ""} is the default connection. */
    public Builder connection(String name) {
      this.connection = name == null ? "" : name;
      return this;
    }

    /** Declares {@code member} as stored with {@code codec}. */
    public Builder field(String member, FieldCodec<?> codec) {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(codec, "codec");
      if (fields.containsKey(member)) {
        throw new IllegalArgumentException("member '" + member + "' of hash keyspace '" + prefix
            + "' is declared twice; declare each member once");
      }
      fields.put(member, codec);
      return this;
    }

    /** Returns the schema. */
    public HashSchema build() {
      return new HashSchema(this);
    }
  }

  /** The key prefix. */
  public String prefix() {
    return prefix;
  }

  /** The connection name; {@code ""} is the default connection. */
  public String connection() {
    return connection;
  }

  /** The Redis key of {@code id}: {@code <prefix>{<id>}}. */
  public String key(String id) {
    return Keys.format(prefix, id);
  }

  /** The codec of {@code member}: the declared one, else TEXT. */
  public FieldCodec<?> codecFor(String member) {
    Objects.requireNonNull(member, "member");
    FieldCodec<?> codec = fields.get(member);
    return codec == null ? Codecs.TEXT : codec;
  }

  /** The declared members, in declaration order. */
  public Set<String> declaredMembers() {
    return fields.keySet();
  }

  @Override
  public String toString() {
    return "HashSchema{prefix=" + prefix + ", connection=" + connection + ", fields="
        + fields.keySet() + "}";
  }
}

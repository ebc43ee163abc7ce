package io.redpipe.structs;

import io.redpipe.annotations.DefaultFields;
import io.redpipe.codecs.FieldCodec;
import io.redpipe.keyspaces.HashSchema;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How a struct maps onto a Redis hash: the hash's {@link HashSchema} (key prefix, connection,
 * typed members) plus the struct options of {@code @Struct} and the required members.
 * Immutable; generated struct classes hold one in a constant.
 *
 * <pre>{@code
 * StructSchema schema = StructSchema.builder(
 *         HashSchema.builder("U").field("name", Codecs.TEXT).field("last_seen", Codecs.INTEGER).build())
 *     .keyName("user_id").defaultFields(DefaultFields.ALL).ttl(0).required("name").build();
 *
 * // a default load of a named subset (Python's default_fields=['name'])
 * StructSchema.builder(hash).defaultFields(DefaultFields.LISTED).defaultFieldNames("name").build();
 * }</pre>
 *
 * <p>Required members and default field names may name any member, declared or not, as in
 * Python RedPipe; the annotation processor accepts declared fields only (it checks their names at
 * compile time).
 */
public final class StructSchema {
  /** The default {@link #keyName()}. */
  public static final String DEFAULT_KEY_NAME = "_key";

  private final HashSchema hash;
  private final String keyName;
  private final DefaultFields defaultFields;
  private final List<String> defaultFieldNames;
  private final long ttl;
  private final Set<String> required;
  /** The UTF-8 bytes of each declared member's name, encoded once. */
  private final Map<String, byte[]> memberNames;
  private final io.redpipe.keyspaces.KeyEncoder keys;
  /** Whether a declared member's values are Lists or Maps (which a local copy freezes). */
  private final boolean collectionMembers;

  private StructSchema(Builder builder) {
    this.hash = builder.hash;
    this.keyName = builder.keyName;
    this.defaultFields = builder.defaultFields;
    this.defaultFieldNames = List.copyOf(builder.defaultFieldNames);
    this.ttl = builder.ttl;
    this.required = Collections.unmodifiableSet(new LinkedHashSet<>(builder.required));
    Map<String, byte[]> names = new java.util.HashMap<>();
    for (String member : hash.declaredMembers()) {
      names.put(member, Members.bytes(member));
    }
    this.memberNames = names;
    this.keys = io.redpipe.keyspaces.KeyEncoder.of(hash.prefix());
    boolean collections = false;
    for (String member : hash.declaredMembers()) {
      Class<?> type = hash.codecFor(member).javaType();
      collections |= type == List.class || type == Map.class;
    }
    this.collectionMembers = collections;
  }

  /** Starts a schema for structs stored in hashes described by {@code hash}. */
  public static Builder builder(HashSchema hash) {
    return new Builder(Objects.requireNonNull(hash, "hash"));
  }

  /** Collects the struct options; {@link #build()} checks them. */
  public static final class Builder {
    private final HashSchema hash;
    private String keyName = DEFAULT_KEY_NAME;
    private DefaultFields defaultFields = DefaultFields.ALL;
    private final Set<String> defaultFieldNames = new LinkedHashSet<>();
    private long ttl;
    private final Set<String> required = new LinkedHashSet<>();

    private Builder(HashSchema hash) {
      this.hash = hash;
    }

    /** The name under which the key appears in the struct's map view; default {@code _key}. */
    public Builder keyName(String keyName) {
      Objects.requireNonNull(keyName, "keyName");
      if (keyName.isEmpty()) {
        throw new IllegalArgumentException("keyName must not be empty; use \"_key\" for the default");
      }
      this.keyName = keyName;
      return this;
    }

    /**
     * What a load without a field list reads; default {@link DefaultFields#ALL}.
     * {@link DefaultFields#LISTED} reads the {@link #defaultFieldNames(String...)}.
     */
    public Builder defaultFields(DefaultFields defaultFields) {
      this.defaultFields = Objects.requireNonNull(defaultFields, "defaultFields");
      return this;
    }

    /**
     * The members a default load reads with {@link DefaultFields#LISTED}, by stored name
     * (Python's {@code default_fields=['name', ...]}); a name given twice counts once.
     */
    public Builder defaultFieldNames(String... members) {
      Objects.requireNonNull(members, "members");
      for (String member : members) {
        defaultFieldNames.add(Objects.requireNonNull(member, "member"));
      }
      return this;
    }

    /** Seconds to expire the hash after every write except clear; 0 (the default) for none. */
    public Builder ttl(long seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("ttl must be 0 (none) or a positive number of seconds, got " + seconds);
      }
      this.ttl = seconds;
      return this;
    }

    /** Members that must be present when a struct is created and can never be removed. */
    public Builder required(String... members) {
      Objects.requireNonNull(members, "members");
      for (String member : members) {
        required.add(Objects.requireNonNull(member, "member"));
      }
      return this;
    }

    /**
     * The schema. Throws IllegalArgumentException when the key name is also a declared member,
     * a required member or a default field name (the key is never stored in the hash), and when
     * {@link DefaultFields#LISTED} has no default field names or names are given without it.
     */
    public StructSchema build() {
      if (hash.declaredMembers().contains(keyName)) {
        throw new IllegalArgumentException("key name '" + keyName + "' of " + hash.prefix()
            + " is also a declared field; rename the field or choose another keyName");
      }
      if (required.contains(keyName)) {
        throw new IllegalArgumentException("key name '" + keyName + "' of " + hash.prefix()
            + " cannot be a required field: the key is always present and never stored in the hash");
      }
      if (defaultFieldNames.contains(keyName)) {
        throw new IllegalArgumentException("key name '" + keyName + "' of " + hash.prefix()
            + " cannot be a default field name: the key is part of every struct and never stored"
            + " in the hash");
      }
      if (defaultFields == DefaultFields.LISTED && defaultFieldNames.isEmpty()) {
        throw new IllegalArgumentException("defaultFields LISTED of " + hash.prefix()
            + " names no member; give the members a default load reads with defaultFieldNames(...)");
      }
      if (defaultFields != DefaultFields.LISTED && !defaultFieldNames.isEmpty()) {
        throw new IllegalArgumentException("defaultFieldNames " + defaultFieldNames + " of "
            + hash.prefix() + " are read only with defaultFields(DefaultFields.LISTED), but"
            + " defaultFields is " + defaultFields + "; set LISTED or remove the names");
      }
      return new StructSchema(this);
    }
  }

  /** The hash schema: key prefix, connection and typed members. */
  public HashSchema hash() {
    return hash;
  }

  /** The name under which the key appears in the map view. */
  public String keyName() {
    return keyName;
  }

  /** What a load without a field list reads. */
  public DefaultFields defaultFields() {
    return defaultFields;
  }

  /**
   * The members a default load reads when {@link #defaultFields()} is
   * {@link DefaultFields#LISTED}, in the order given; empty otherwise.
   */
  public List<String> defaultFieldNames() {
    return defaultFieldNames;
  }

  /** Seconds to expire the hash after every write except clear; 0 for none. */
  public long ttl() {
    return ttl;
  }

  /** Members that must be present at creation and can never be removed, in declaration order. */
  public Set<String> required() {
    return required;
  }

  /** The connection the struct's commands go to ({@code ""} for the default). */
  public String connection() {
    return hash.connection();
  }

  /** The Redis key of the struct with id {@code id}, e.g. {@code U{1}}. */
  public String redisKey(String id) {
    return hash.key(Objects.requireNonNull(id, "id"));
  }

  /** Whether any declared member holds Lists or Maps (LIST, DICT, STRING_LIST, ...). */
  boolean hasCollectionMembers() {
    return collectionMembers;
  }

  /** The UTF-8 bytes of the Redis key of {@code id} (formatted once). */
  byte[] rawKey(String id) {
    return keys.encode(id);
  }

  /**
   * The UTF-8 bytes of {@code member}'s name: shared for declared members (never change them),
   * new for others.
   */
  byte[] memberBytes(String member) {
    byte[] bytes = memberNames.get(member);
    return bytes != null ? bytes : Members.bytes(member);
  }

  /**
   * The member named by the UTF-8 bytes {@code name}: a declared member's name without decoding
   * (the few declared names are compared), else a new string.
   */
  String memberName(byte[] name) {
    if (memberNames.size() <= 16) {
      for (Map.Entry<String, byte[]> declared : memberNames.entrySet()) {
        if (java.util.Arrays.equals(declared.getValue(), name)) {
          return declared.getKey();
        }
      }
    }
    return Members.text(name);
  }

  /** The codec of {@code member}; TEXT for undeclared members. */
  public FieldCodec<?> codecFor(String member) {
    return hash.codecFor(Objects.requireNonNull(member, "member"));
  }

  @Override
  public String toString() {
    return "StructSchema{prefix=" + hash.prefix() + ", keyName=" + keyName + ", defaultFields="
        + defaultFields + (defaultFieldNames.isEmpty() ? "" : " " + defaultFieldNames) + ", ttl=" + ttl + ", required=" + required + ", fields="
        + hash.declaredMembers() + "}";
  }
}

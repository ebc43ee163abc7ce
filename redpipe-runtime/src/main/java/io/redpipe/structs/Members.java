package io.redpipe.structs;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import redis.clients.jedis.Builder;
import redis.clients.jedis.util.KeyValue;

/** Encoding, decoding and validation of struct members, with errors naming key and member. */
final class Members {
  /** HGETALL replies as ordered pairs, whatever the protocol (RESP2 flat list, RESP3 map). */
  static final Builder<List<Map.Entry<byte[], byte[]>>> ORDERED_PAIRS =
      new Builder<List<Map.Entry<byte[], byte[]>>>() {
        @Override
        public List<Map.Entry<byte[], byte[]>> build(Object data) {
          List<Map.Entry<byte[], byte[]>> pairs = new ArrayList<>();
          if (data == null) {
            return pairs;
          }
          List<?> items = (List<?>) data;
          if (!items.isEmpty() && items.get(0) instanceof KeyValue) {
            for (Object item : items) {
              KeyValue<?, ?> kv = (KeyValue<?, ?>) item;
              pairs.add(new AbstractMap.SimpleImmutableEntry<>(
                  (byte[]) kv.getKey(), (byte[]) kv.getValue()));
            }
          } else {
            for (int i = 0; i + 1 < items.size(); i += 2) {
              pairs.add(new AbstractMap.SimpleImmutableEntry<>(
                  (byte[]) items.get(i), (byte[]) items.get(i + 1)));
            }
          }
          return pairs;
        }

        @Override
        public String toString() {
          return "ORDERED_PAIRS";
        }
      };

  private Members() {}

  /** UTF-8 bytes of a member name or key. */
  static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A member name from its UTF-8 bytes. */
  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * The codecs whose encoding of any value they accept always decodes (the built-in ones): a
   * value for them needs no decode to be checked, only to be shown locally, which is then done
   * when it is first needed. A value for any other codec is decoded at once, so a codec whose
   * output does not read back is refused before anything is queued.
   */
  private static final Set<FieldCodec<?>> READ_BACK_CHECKED = Collections.newSetFromMap(
      new IdentityHashMap<>());

  static {
    READ_BACK_CHECKED.addAll(List.of(Codecs.TEXT, Codecs.ASCII, Codecs.BINARY, Codecs.INTEGER,
        Codecs.FLOAT, Codecs.BOOLEAN, Codecs.LIST, Codecs.DICT, Codecs.STRING_LIST));
  }

  /** A value checked and encoded, and the value a load would give back for it. */
  static final class Encoded {
    final byte[] bytes;
    private final FieldCodec<?> codec;
    private Object decoded;
    private boolean isDecoded;

    Encoded(byte[] bytes, FieldCodec<?> codec) {
      this.bytes = bytes;
      this.codec = codec;
    }

    Encoded(byte[] bytes, Object decoded) {
      this.bytes = bytes;
      this.codec = null;
      this.decoded = decoded;
      this.isDecoded = true;
    }

    /** The value as a load would decode it from {@link #bytes}. */
    Object decoded() {
      if (!isDecoded) {
        decoded = codec.decode(bytes);
        isDecoded = true;
      }
      return decoded;
    }
  }

  /** Casts and encodes {@code value} for {@code member}; InvalidValue naming key and member. */
  static Encoded encode(StructSchema schema, String id, String member, Object value) {
    return encodeWith(schema.codecFor(member), schema, id, member, value);
  }

  private static <T> Encoded encodeWith(
      FieldCodec<T> codec, StructSchema schema, String id, String member, Object value) {
    try {
      byte[] bytes = codec.encode(codec.cast(value));
      return READ_BACK_CHECKED.contains(codec) ? new Encoded(bytes, codec)
          : new Encoded(bytes, codec.decode(bytes));
    } catch (InvalidValue | UndecodableValue e) {
      throw new InvalidValue(schema.redisKey(id) + " field '" + member + "': " + e.getMessage()
          + " (" + codec.typeName() + " field)", e);
    }
  }

  /** Decodes a stored value of {@code member}; UndecodableValue naming key and member. */
  static Object decode(StructSchema schema, String id, String member, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    FieldCodec<?> codec = schema.codecFor(member);
    try {
      return codec.decode(bytes);
    } catch (UndecodableValue e) {
      throw new UndecodableValue(schema.redisKey(id) + " field '" + member + "': " + e.getMessage(), e);
    }
  }

  /** Decodes an HGETALL reply in Redis order, leaving out a member named like the key. */
  static Map<String, Object> decodeAll(
      StructSchema schema, String id, List<Map.Entry<byte[], byte[]>> pairs) {
    Map<String, Object> decoded = new LinkedHashMap<>();
    for (Map.Entry<byte[], byte[]> pair : pairs) {
      String member = schema.memberName(pair.getKey());
      if (!member.equals(schema.keyName())) {
        decoded.put(member, decode(schema, id, member, pair.getValue()));
      }
    }
    return decoded;
  }

  /**
   * {@code values} (decoded, this caller's own map) as a local copy keeps them: each value
   * frozen, members whose value decoded to null (e.g. an empty STRING_LIST) left out.
   */
  static Map<String, Object> frozen(StructSchema schema, Map<String, Object> values) {
    values.values().removeIf(Objects::isNull);
    if (schema.hasCollectionMembers()) {
      values.replaceAll((member, value) -> freeze(schema, member, value));
    }
    return values;
  }

  /** Decodes an HMGET reply; missing members map to null. */
  static Map<String, Object> decodeSome(
      StructSchema schema, String id, List<String> members, List<byte[]> values) {
    Map<String, Object> decoded = new LinkedHashMap<>();
    for (int i = 0; i < members.size(); i++) {
      decoded.put(members.get(i), decode(schema, id, members.get(i), values.get(i)));
    }
    return decoded;
  }

  /** InvalidOperation when {@code names} holds the key name or a required member. */
  static void checkRemovable(StructSchema schema, String id, Collection<String> names, String what) {
    if (names.contains(schema.keyName())) {
      throw new InvalidOperation("cannot " + what + " the key '" + schema.keyName() + "' of "
          + schema.redisKey(id) + "; delete the struct instead");
    }
    List<String> required = new ArrayList<>();
    for (String name : names) {
      if (schema.required().contains(name)) {
        required.add(name);
      }
    }
    if (!required.isEmpty()) {
      throw new InvalidOperation("cannot " + what + " required field(s) " + required + " of "
          + schema.redisKey(id) + "; update them with a new value instead");
    }
  }

  /** The members a default load reads, or null for all (HGETALL). */
  static List<String> defaultMembers(StructSchema schema) {
    switch (schema.defaultFields()) {
      case DEFINED:
        return new ArrayList<>(schema.hash().declaredMembers());
      case LISTED:
        return new ArrayList<>(schema.defaultFieldNames());
      case ALL:
      default:
        return null;
    }
  }

  /**
   * {@code value} as the local copy keeps it: values of members typed {@code List} or
   * {@code Map} (LIST, DICT, STRING_LIST) become unmodifiable copies, deeply, so a caller cannot change a struct through a value it
   * read; other values are kept as they are (byte arrays are copied on the way out instead, see
   * {@link #exposed}).
   */
  static Object freeze(StructSchema schema, String member, Object value) {
    if (!schema.hasCollectionMembers()) {
      return value;  // no declared List or Map member, and undeclared ones are TEXT
    }
    Class<?> type = schema.codecFor(member).javaType();
    // Only the built-in List/Map types: a custom codec's own collection class stays as it is.
    return type == List.class || type == Map.class ? freeze(value) : value;
  }

  private static Object freeze(Object value) {
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>(((List<?>) value).size());
      for (Object item : (List<?>) value) {
        copy.add(freeze(item));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map) {
      Map<Object, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        copy.put(entry.getKey(), freeze(entry.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    return value;
  }

  /** A local value as handed to callers: byte arrays copied, everything else as kept. */
  static Object exposed(Object value) {
    return value instanceof byte[] ? ((byte[]) value).clone() : value;
  }

  /** {@code names} without duplicates, nulls rejected, the key name left out. */
  static List<String> memberList(StructSchema schema, Collection<String> names, String parameter) {
    Objects.requireNonNull(names, parameter);
    List<String> list = new ArrayList<>();
    for (String name : names) {
      Objects.requireNonNull(name, parameter + " element");
      if (!name.equals(schema.keyName()) && !list.contains(name)) {
        list.add(name);
      }
    }
    return list;
  }
}

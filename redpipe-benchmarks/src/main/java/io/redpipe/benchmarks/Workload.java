package io.redpipe.benchmarks;

import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import redis.clients.jedis.UnifiedJedis;

/**
 * The data every variant reads and writes, with the same key names for every library (the
 * keyspace form {@code prefix{id}}), and the one decoder of user hashes that every variant that
 * does not use RedPipe's own keyspaces or structs shares.
 */
final class Workload {
  /** Keys of workload 1 (SET + GET each) and of workload 4 (half on each server). */
  static final int KEYS = 100;
  /** Users of workload 2 (HGETALL + decode each). */
  static final int USERS = 100;
  /** Calls of the reusable two-command function of workload 3. */
  static final int CALLS = 50;
  /** The TTL the function of workload 3 sets, in seconds. */
  static final long COUNTER_TTL_SECONDS = 3600;

  static final String[] KEY = new String[KEYS];
  static final String[] KEY_ID = new String[KEYS];
  static final String[] VALUE = new String[KEYS];
  static final String[] USER_ID = new String[USERS];
  static final String[] USER_KEY = new String[USERS];
  static final byte[][] USER_KEY_BYTES = new byte[USERS][];
  static final String[] COUNTER_ID = new String[CALLS];
  static final String[] COUNTER_KEY = new String[CALLS];

  /** The user hash's fields and how each is stored, in declaration order. */
  static final Map<String, FieldCodec<?>> USER_FIELDS;

  static {
    for (int i = 0; i < KEYS; i++) {
      KEY_ID[i] = Integer.toString(i);
      KEY[i] = "k{" + i + "}";
      VALUE[i] = "value-" + i;
    }
    for (int i = 0; i < USERS; i++) {
      USER_ID[i] = Integer.toString(i);
      USER_KEY[i] = "u{" + i + "}";
      USER_KEY_BYTES[i] = USER_KEY[i].getBytes(StandardCharsets.UTF_8);
    }
    for (int i = 0; i < CALLS; i++) {
      COUNTER_ID[i] = Integer.toString(i);
      COUNTER_KEY[i] = "visits{" + i + "}";
    }
    Map<String, FieldCodec<?>> fields = new LinkedHashMap<>();
    fields.put("name", Codecs.TEXT);
    fields.put("email", Codecs.TEXT);
    fields.put("age", Codecs.INTEGER);
    fields.put("score", Codecs.FLOAT);
    fields.put("active", Codecs.BOOLEAN);
    USER_FIELDS = Collections.unmodifiableMap(fields);
  }

  private Workload() {}

  /** Writes the users of workload 2 and the keys of workload 1 through {@code client}. */
  static void seed(UnifiedJedis client) {
    for (int i = 0; i < USERS; i++) {
      Map<byte[], byte[]> hash = new LinkedHashMap<>();
      hash.put(bytes("name"), Codecs.TEXT.encode("user " + i));
      hash.put(bytes("email"), Codecs.TEXT.encode("user" + i + "@example.com"));
      hash.put(bytes("age"), Codecs.INTEGER.encode(20L + i % 50));
      hash.put(bytes("score"), Codecs.FLOAT.encode(i * 1.25));
      hash.put(bytes("active"), Codecs.BOOLEAN.encode(i % 2 == 0));
      client.hset(USER_KEY_BYTES[i], hash);
    }
    for (int i = 0; i < KEYS; i++) {
      client.set(KEY[i], VALUE[i]);
    }
  }

  /**
   * Decodes one user hash as RedPipe's hash keyspace does: each declared field with its codec,
   * any other field as TEXT, in reply order.
   */
  static Map<String, Object> decodeUser(Map<byte[], byte[]> raw) {
    Map<String, Object> user = new LinkedHashMap<>();
    for (Map.Entry<byte[], byte[]> entry : raw.entrySet()) {
      String field = new String(entry.getKey(), StandardCharsets.UTF_8);
      FieldCodec<?> codec = USER_FIELDS.getOrDefault(field, Codecs.TEXT);
      user.put(field, codec.decode(entry.getValue()));
    }
    return user;
  }

  /** Like {@link #decodeUser} for clients whose byte-array codec types the map loosely. */
  static Map<String, Object> decodeUserObjects(Map<?, ?> raw) {
    Map<String, Object> user = new LinkedHashMap<>();
    for (Map.Entry<?, ?> entry : raw.entrySet()) {
      String field = new String((byte[]) entry.getKey(), StandardCharsets.UTF_8);
      FieldCodec<?> codec = USER_FIELDS.getOrDefault(field, Codecs.TEXT);
      user.put(field, codec.decode((byte[]) entry.getValue()));
    }
    return user;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}

package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.codecs.Codecs;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/**
 * Golden bytes: hashes exactly as Python RedPipe 4.0.1 writes them (per the reference's field
 * encodings) load into Java structs, and Java structs write exactly those bytes.
 */
@RedisTest
class StructPythonCompatTest {
  /** Every field type, like a Python Struct with keyspace 'PyAll' and key_name 'id'. */
  private static final StructSchema ALL_TYPES = StructSchema.builder(HashSchema.builder("PyAll")
          .field("text", Codecs.TEXT)
          .field("ascii", Codecs.ASCII)
          .field("bin", Codecs.BINARY)
          .field("int", Codecs.INTEGER)
          .field("flt", Codecs.FLOAT)
          .field("big", Codecs.FLOAT)
          .field("tiny", Codecs.FLOAT)
          .field("yes", Codecs.BOOLEAN)
          .field("no", Codecs.BOOLEAN)
          .field("tags", Codecs.LIST)
          .field("meta", Codecs.DICT)
          .field("names", Codecs.STRING_LIST)
          .build())
      .keyName("id")
      .build();

  /** The bytes Python RedPipe stores for {@link #pythonValues()}. */
  private static Map<String, byte[]> pythonBytes() {
    Map<String, byte[]> bytes = new LinkedHashMap<>();
    bytes.put("text", utf8("Zoë ✓ 15øC"));
    bytes.put("ascii", utf8("abc ~"));
    bytes.put("bin", new byte[] {0, (byte) 0xff, (byte) 0x80, 'a'});
    bytes.put("int", utf8("-42"));
    bytes.put("flt", utf8("2.5"));
    bytes.put("big", utf8("1e+16"));
    bytes.put("tiny", utf8("1e-05"));
    bytes.put("yes", utf8("1"));
    bytes.put("no", new byte[0]);
    bytes.put("tags", utf8("[1, \"a\", \"\\u00e9\", true, null, 2.5]"));
    bytes.put("meta", utf8("{\"a\": 1, \"b\": [true, null], \"c\": {\"d\": \"\\u00fc\"}}"));
    bytes.put("names", utf8("x,y z,é"));
    bytes.put("extra", utf8("undeclared ✓"));
    return bytes;
  }

  /** The Java values of the same struct, as a load gives them. */
  private static Map<String, Object> pythonValues(String id) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id);
    values.put("text", "Zoë ✓ 15øC");
    values.put("ascii", "abc ~");
    values.put("bin", new byte[] {0, (byte) 0xff, (byte) 0x80, 'a'});
    values.put("int", -42L);
    values.put("flt", 2.5);
    values.put("big", 1e16);
    values.put("tiny", 1e-5);
    values.put("yes", true);
    values.put("no", false);
    values.put("tags", Arrays.asList(1L, "a", "é", true, null, 2.5));
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("a", 1L);
    meta.put("b", Arrays.asList(true, null));
    meta.put("c", Map.of("d", "ü"));
    values.put("meta", meta);
    values.put("names", List.of("x", "y z", "é"));
    values.put("extra", "undeclared ✓");
    return values;
  }

  @BeforeEach
  void connect(RedisClient client) {
    RedPipe.connect(client);
  }

  @AfterEach
  void disconnect() {
    RedPipe.reset();
  }

  @Test
  void aHashWrittenByPythonLoadsWithTheSameValues(RedisClient client) {
    byte[] key = utf8("PyAll{py-é1}");
    client.del(key);
    Map<byte[], byte[]> hash = new LinkedHashMap<>();
    pythonBytes().forEach((member, value) -> hash.put(utf8(member), value));
    client.hset(key, hash);
    Plain loaded = Structs.load(ALL_TYPES, "py-é1", Fields.DEFAULT, null, Plain::new);
    assertEquals(Plain.stubOf(pythonValues("py-é1")), loaded);
    assertArrayEquals(new byte[] {0, (byte) 0xff, (byte) 0x80, 'a'}, (byte[]) loaded.get("bin"));
    assertEquals(Arrays.asList(1L, "a", "é", true, null, 2.5), loaded.get("tags"));
    assertEquals(1e16, loaded.get("big"));
    assertEquals(false, loaded.get("no"));
  }

  @Test
  void aStructWrittenByJavaHoldsPythonsBytes(RedisClient client) {
    byte[] key = utf8("PyAll{java-é2}");
    client.del(key);
    Plain written = Structs.create(ALL_TYPES, pythonValues("java-é2"), false, null, Plain::new);
    assertEquals(printable(pythonBytes()), printable(client.hgetAll(key)));
    assertEquals(Plain.stubOf(pythonValues("java-é2")), written);
  }

  @Test
  void userStructsMatchPythonBothWays(RedisClient client) {
    // Python: User({'user_id': '1', 'name': 'Zoë', 'last_seen': 1700000000, 'admin': False,
    //               'score': 1e16, 'nick': 'Jé'})
    Map<String, byte[]> python = new LinkedHashMap<>();
    python.put("name", utf8("Zoë"));
    python.put("last_seen", utf8("1700000000"));
    python.put("admin", new byte[0]);
    python.put("score", utf8("1e+16"));
    python.put("nick", utf8("Jé"));
    client.del("U{py-u1}", "U{java-u1}");
    Map<byte[], byte[]> hash = new LinkedHashMap<>();
    python.forEach((member, value) -> hash.put(utf8(member), value));
    client.hset(utf8("U{py-u1}"), hash);
    UserStruct fromPython = UserStruct.load("py-u1", null);
    assertEquals("Zoë", fromPython.name());
    assertEquals(1700000000L, fromPython.lastSeen());
    assertEquals(false, fromPython.admin());
    assertEquals(1e16, fromPython.score());
    assertEquals("Jé", fromPython.get("nick"));

    UserStruct.create(UserStruct.with("java-u1").name("Zoë").lastSeen(1700000000L).admin(false)
        .score(1e16).put("nick", "Jé"), null);
    assertEquals(printable(python), printable(client.hgetAll(utf8("U{java-u1}"))));
    // Python's lenient stored forms: an INTEGER written as '1.7', a BOOLEAN as '0' (true!).
    client.hset("U{py-u1}", Map.of("last_seen", "1.7", "admin", "0", "score", "100"));
    fromPython.load(null);
    assertEquals(1L, fromPython.lastSeen());
    assertTrue(fromPython.admin());
    assertEquals(100.0, fromPython.score());
    fromPython.update(UserStruct.changes().score(100.0).admin(true), null);
    assertEquals("100", client.hget("U{py-u1}", "score"));
    assertEquals("1", client.hget("U{py-u1}", "admin"));
  }

  @Test
  void anEmptyStringListIsStoredAsPythonDoesAndReadsAsAbsent(RedisClient client) {
    client.del("PyAll{empty}");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("id", "empty");
    data.put("names", List.of());
    data.put("text", "t");
    Plain created = Structs.create(ALL_TYPES, data, false, null, Plain::new);
    assertEquals("", client.hget("PyAll{empty}", "names")); // Python writes b''
    assertEquals(Map.of("id", "empty", "text", "t"), created.asMap()); // and reads it as None
    Plain loaded = Structs.load(ALL_TYPES, "empty", List.of("names", "text"), null, Plain::new);
    assertEquals(created, loaded);
    created.update(Map.of("names", List.of("a")), null);
    created.update(Map.of("names", List.of()), null);
    assertEquals(Map.of("id", "empty", "text", "t"), created.asMap());
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A byte map as sorted member → bytes shown as a list, for readable, exact comparison. */
  private static Map<String, String> printable(Map<?, byte[]> hash) {
    Map<String, String> shown = new TreeMap<>();
    hash.forEach((member, value) -> shown.put(
        member instanceof byte[] ? new String((byte[]) member, StandardCharsets.UTF_8)
            : (String) member,
        Arrays.toString(value) + " " + new String(value, StandardCharsets.UTF_8)));
    return shown;
  }

  /** A struct over {@link #ALL_TYPES}. */
  private static final class Plain extends AbstractStruct {
    Plain(StructSchema schema, String key, Map<String, Object> data) {
      super(schema, key, data);
    }

    static Plain stubOf(Map<String, Object> data) {
      return Structs.stub(ALL_TYPES, data, Plain::new);
    }

    @Override
    public Plain copy() {
      return copyWith(Plain::new);
    }
  }
}

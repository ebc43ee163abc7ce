package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.hex;
import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** LIST and DICT. */
class JsonCodecsTest {
  static Stream<List<Object>> lists() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("\ud83d\ude00 key", Arrays.asList(null, true, 1.5e-300));
    inner.put("", Map.of());
    return Stream.of(
        List.of(),
        List.of(""),
        List.of(Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1),
        List.of(-0.0, 0.0, Double.NaN, Double.POSITIVE_INFINITY, 5e-324, Double.MAX_VALUE, 1e22),
        List.of("\u65e5\u672c", "\ud83d\ude00\ud83d\udc4d\ud83c\udffd", "\u0000\u001f\"\\\u2028"),
        List.of(List.of(List.of(List.of())), inner),
        List.of(new BigInteger("123456789012345678901234567890")));
  }

  @ParameterizedTest
  @MethodSource("lists")
  void listsRoundTrip(List<Object> value) {
    byte[] stored = Codecs.LIST.encode(value);
    for (byte b : stored) {
      assertTrue(b >= 0x20 && b < 0x7f, "printable ASCII only: " + Bytes.printable(stored));
    }
    assertEquals(value, Codecs.LIST.decode(stored));
  }

  @Test
  void integersReadAsLongAndOthersAsDouble() {
    List<Object> read = Codecs.LIST.decode(utf8("[1, -0, 1.0, 1e2, 2E-1, 9223372036854775807,"
        + " -9223372036854775808, 9223372036854775808]"));
    assertEquals(Arrays.asList(1L, 0L, 1.0, 100.0, 0.2, Long.MAX_VALUE, Long.MIN_VALUE,
        new BigInteger("9223372036854775808")), read);
  }

  @Test
  void intsAndFloatsAreWrittenAsPythonWould() {
    List<Object> value = Arrays.asList(1, (short) 2, (byte) 3, 4L, 1.0, 1.1f, 'c', 1e16, 1e-5);
    assertEquals("[1, 2, 3, 4, 1.0, 1.1, \"c\", 1e+16, 1e-05]",
        new String(Codecs.LIST.encode(value), StandardCharsets.US_ASCII));
  }

  @Test
  void readsAnyValidJson() {
    assertEquals(List.of("/", "\u00e9", "\ud83d\ude00", "\u00e9", "\b\f\n\r\t"),
        Codecs.LIST.decode(utf8(
            " [ \"\\/\" ,\"\\u00E9\",\"\\ud83d\\ude00\", \"\u00e9\",\"\\b\\f\\n\\r\\t\"]\n")));
    assertEquals(List.of(Map.of("a", List.of())), Codecs.LIST.decode(utf8("[{\"a\":[]}]")));
  }

  @Test
  void dictKeepsTheStoredOrder() {
    Map<String, Object> read = Codecs.DICT.decode(utf8("{\"z\": 1, \"a\": 2, \"m\": {\"y\": 3,"
        + " \"b\": 4}, \"z\": 5}"));
    assertEquals(List.of("z", "a", "m"), new ArrayList<>(read.keySet()));
    assertEquals(5L, read.get("z"));
    @SuppressWarnings("unchecked")
    Map<String, Object> inner = (Map<String, Object>) read.get("m");
    assertEquals(List.of("y", "b"), new ArrayList<>(inner.keySet()));
  }

  /**
   * Python RedPipe reads a DICT with {@code dict(json.loads(stored))}, so a JSON array of pairs
   * (what a LIST field holds after the schema changed to DICT) reads as a dict; so does Java.
   */
  @Test
  void dictReadsWhatPythonReadsFromAJsonArray() {
    assertEquals(Map.of(), Codecs.DICT.decode(utf8("[]")));
    assertEquals(Map.of(), Codecs.DICT.decode(utf8(" [ ] ")));
    Map<String, Object> read = Codecs.DICT.decode(
        utf8("[[\"z\", 1], [\"a\", [true, null]], [\"\\u00e9\", {\"x\": 2.5}], [\"z\", 3]]"));
    assertEquals(List.of("z", "a", "\u00e9"), new ArrayList<>(read.keySet()));
    assertEquals(3L, read.get("z")); // a repeated key keeps its first place and its last value
    assertEquals(Arrays.asList(true, null), read.get("a"));
    assertEquals(Map.of("x", 2.5), read.get("\u00e9"));
    read.put("new", 1L); // as mutable as a map read from a JSON object
    // Writes stay canonical: a JSON object, whatever form was read.
    assertEquals("{\"z\": 3, \"a\": [true, null], \"\\u00e9\": {\"x\": 2.5}, \"new\": 1}",
        new String(Codecs.DICT.encode(read), StandardCharsets.US_ASCII));
    assertEquals("{}", new String(Codecs.DICT.encode(Codecs.DICT.decode(utf8("[]"))),
        StandardCharsets.US_ASCII));
  }

  @Test
  void dictWritesInTheMapsOrder() {
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", 1L);
    value.put("a", Arrays.asList(1L, null));
    value.put("\u00e9", Map.of("x", false));
    assertEquals("{\"b\": 1, \"a\": [1, null], \"\\u00e9\": {\"x\": false}}",
        new String(Codecs.DICT.encode(value), StandardCharsets.US_ASCII));
  }

  static Stream<Arguments> undecodable() {
    return Stream.of(
        Arguments.of(Codecs.LIST, ""), Arguments.of(Codecs.LIST, "["),
        Arguments.of(Codecs.LIST, "[1,]"), Arguments.of(Codecs.LIST, "[1] x"),
        Arguments.of(Codecs.LIST, "[01]"), Arguments.of(Codecs.LIST, "[1.]"),
        Arguments.of(Codecs.LIST, "[.5]"), Arguments.of(Codecs.LIST, "[+1]"),
        Arguments.of(Codecs.LIST, "['a']"), Arguments.of(Codecs.LIST, "[\"\t\"]"),
        Arguments.of(Codecs.LIST, "[\"\\x\"]"), Arguments.of(Codecs.LIST, "[\"\\u12\"]"),
        Arguments.of(Codecs.LIST, "[NaNx]"), Arguments.of(Codecs.LIST, "[nan]"),
        Arguments.of(Codecs.LIST, "[True]"), Arguments.of(Codecs.LIST, "{}"),
        Arguments.of(Codecs.LIST, "\"abc\""), Arguments.of(Codecs.LIST, "abc"),
        Arguments.of(Codecs.LIST, "[".repeat(1001) + "]".repeat(1001)),
        Arguments.of(Codecs.DICT, "[1]"), Arguments.of(Codecs.DICT, "[[\"a\"]]"),
        Arguments.of(Codecs.DICT, "[[\"a\", 1, 2]]"), Arguments.of(Codecs.DICT, "[[1, 2]]"),
        Arguments.of(Codecs.DICT, "[\"ab\"]"), Arguments.of(Codecs.DICT, "[{\"a\": 1, \"b\": 2}]"),
        Arguments.of(Codecs.DICT, "\"\""), Arguments.of(Codecs.DICT, "1"),
        Arguments.of(Codecs.DICT, "{'a': 1}"),
        Arguments.of(Codecs.DICT, "{\"a\" 1}"), Arguments.of(Codecs.DICT, "{a: 1}"),
        Arguments.of(Codecs.DICT, "{\"a\": 1,}"), Arguments.of(Codecs.DICT, "null"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("undecodable")
  void refusesWhatIsNotTheExpectedJson(FieldCodec<?> codec, String stored) {
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> codec.decode(utf8(stored)));
    assertTrue(e.getMessage().startsWith(codec.typeName() + " cannot decode b'"), e.getMessage());
  }

  @Test
  void undecodableMessagesSayWhere() {
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> Codecs.LIST.decode(utf8("[1,]")));
    assertEquals("LIST cannot decode b'[1,]': expected JSON (invalid JSON at character 3: expected"
        + " a JSON value, found \"]\")", e.getMessage());
    e = assertThrows(UndecodableValue.class, () -> Codecs.DICT.decode(utf8("\"a\"")));
    assertEquals("DICT cannot decode b'\"a\"': expected a JSON object such as b'{\"a\": 1}', or a"
        + " JSON array of [key, value] pairs with string keys such as b'[[\"a\", 1]]'",
        e.getMessage());
    e = assertThrows(UndecodableValue.class,
        () -> Codecs.DICT.decode(utf8("[[\"a\", 1], [\"b\"]]")));
    assertEquals("DICT cannot decode b'[[\"a\", 1], [\"b\"]]': expected a JSON object such as"
        + " b'{\"a\": 1}', or a JSON array of [key, value] pairs with string keys such as"
        + " b'[[\"a\", 1]]' (item [1] is not a [key, value] pair)", e.getMessage());
    e = assertThrows(UndecodableValue.class, () -> Codecs.DICT.decode(utf8("[[1, 2]]")));
    assertTrue(e.getMessage().endsWith("(the key of item [0] is not a string)"), e.getMessage());
    e = assertThrows(UndecodableValue.class, () -> Codecs.DICT.decode(hex("7bff7d")));
    assertEquals("DICT cannot decode b'{\\xff}': expected valid UTF-8 text", e.getMessage());
  }

  @Test
  void refusesValuesJsonCannotHold() {
    InvalidValue e = assertThrows(InvalidValue.class,
        () -> Codecs.LIST.encode(List.of(1L, Map.of("a", new Object[] {"x"}))));
    assertEquals("LIST cannot store Object[] [x] at [1][\"a\"] as JSON: expected null, Boolean,"
        + " String, Long, Integer, Double, List or Map", e.getMessage());
    Map<Object, Object> intKeys = new HashMap<>();
    intKeys.put(1, 2);
    @SuppressWarnings({"unchecked", "rawtypes"})
    Map<String, Object> raw = (Map) intKeys;
    e = assertThrows(InvalidValue.class, () -> Codecs.DICT.encode(raw));
    assertEquals("DICT cannot store the key Integer 1: JSON object keys must be Strings",
        e.getMessage());
  }

  @Test
  void refusesAListThatContainsItself() {
    List<Object> loop = new ArrayList<>();
    loop.add(1L);
    loop.add(loop);
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.LIST.encode(loop));
    assertEquals("LIST cannot store a list or map that contains itself (at [1])", e.getMessage());
  }

  @Test
  void sharedButNotCyclicValuesAreFine() {
    List<Object> shared = List.of(1L);
    assertEquals("[[1], [1]]",
        new String(Codecs.LIST.encode(List.of(shared, shared)), StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @ValueSource(strings = {"list", "string"})
  void refusesOtherKindsAtCallTime(String kind) {
    Object value = kind.equals("list") ? List.of() : "{}";
    assertThrows(InvalidValue.class, () -> Codecs.DICT.encodeObject(value));
    assertThrows(InvalidValue.class, () -> Codecs.LIST.encodeObject(Map.of()));
  }
}

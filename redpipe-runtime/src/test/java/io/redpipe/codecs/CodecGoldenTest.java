package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.assertSameValue;
import static io.redpipe.codecs.CodecAssertions.encode;
import static io.redpipe.codecs.CodecAssertions.hex;
import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact bytes Python RedPipe 4.0.1 writes for the same values (its reference examples and
 * CPython runs); each value encodes to them and decodes back.
 */
class CodecGoldenTest {
  static Stream<Arguments> golden() {
    Map<String, Object> nested = new LinkedHashMap<>();
    nested.put("b", List.of());
    nested.put("a", Map.of());
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("z", 1L);
    dict.put("a", List.of(1.5, List.of(2L, List.of(3L))));
    dict.put("\u00fc", "na\u00efve");
    return Stream.of(
        row(Codecs.BOOLEAN, true, "1"),
        row(Codecs.BOOLEAN, false, ""),
        row(Codecs.INTEGER, 1L, "1"),
        row(Codecs.INTEGER, -1L, "-1"),
        row(Codecs.INTEGER, 0L, "0"),
        row(Codecs.INTEGER, 1000L, "1000"),
        row(Codecs.FLOAT, 1.0, "1"),
        row(Codecs.FLOAT, 1.2, "1.2"),
        row(Codecs.FLOAT, 1.2345, "1.2345"),
        row(Codecs.FLOAT, 100.0, "100"),
        row(Codecs.FLOAT, 2.5, "2.5"),
        row(Codecs.FLOAT, 1e15, "1000000000000000"),
        row(Codecs.FLOAT, 1e16, "1e+16"),
        row(Codecs.FLOAT, 1e-5, "1e-05"),
        row(Codecs.FLOAT, 0.0001, "0.0001"),
        row(Codecs.FLOAT, -0.0, "-0"),
        row(Codecs.FLOAT, Double.POSITIVE_INFINITY, "inf"),
        row(Codecs.FLOAT, Double.NEGATIVE_INFINITY, "-inf"),
        row(Codecs.FLOAT, Double.NaN, "nan"),
        row(Codecs.FLOAT, (double) ((1L << 60) + 1), "1.152921504606847e+18"),
        row(Codecs.FLOAT, 0.1 + 0.2, "0.30000000000000004"),
        row(Codecs.FLOAT, 1e22, "1e+22"),
        row(Codecs.FLOAT, 5e-324, "5e-324"),
        row(Codecs.FLOAT, Double.MAX_VALUE, "1.7976931348623157e+308"),
        row(Codecs.FLOAT, 123456789012345680.0, "1.2345678901234568e+17"),
        row(Codecs.TEXT, "15\u00f8C", hex("3135c3b843")),
        row(Codecs.TEXT, "", ""),
        row(Codecs.TEXT, "\ud83d\ude00", hex("f09f9880")),
        row(Codecs.ASCII, "hello world ~!", "hello world ~!"),
        row(Codecs.ASCII, "", ""),
        row(Codecs.BINARY, hex("00ff80"), hex("00ff80")),
        row(Codecs.BINARY, new byte[0], ""),
        row(Codecs.LIST, List.of(1L), "[1]"),
        row(Codecs.LIST, List.of(1L, "a"), "[1, \"a\"]"),
        row(Codecs.LIST, List.of(), "[]"),
        row(Codecs.LIST, List.of("\u00e9"), "[\"\\u00e9\"]"),
        row(Codecs.LIST, Arrays.asList(1L, "a", 1.0, Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, null, true, false, nested, "\u00e9", "\ud83d\ude00",
                "\u0000\u001f\u007f\"\\/\n\t", BigInteger.ONE.shiftLeft(63), -0.0, 1e16),
            "[1, \"a\", 1.0, NaN, Infinity, -Infinity, null, true, false, {\"b\": [], \"a\": {}},"
                + " \"\\u00e9\", \"\\ud83d\\ude00\", \"\\u0000\\u001f\\u007f\\\"\\\\/\\n\\t\","
                + " 9223372036854775808, -0.0, 1e+16]"),
        row(Codecs.DICT, Map.of("a", 1L), "{\"a\": 1}"),
        row(Codecs.DICT, Map.of(), "{}"),
        row(Codecs.DICT, dict, "{\"z\": 1, \"a\": [1.5, [2, [3]]], \"\\u00fc\": \"na\\u00efve\"}"),
        row(Codecs.STRING_LIST, List.of("a", "b"), "a,b"),
        row(Codecs.STRING_LIST, List.of("1"), "1"),
        row(Codecs.STRING_LIST, List.of("\u00e9t\u00e9", "\ud83d\ude00"), utf8("\u00e9t\u00e9,\ud83d\ude00")));
  }

  private static Arguments row(FieldCodec<?> codec, Object value, String stored) {
    return row(codec, value, stored.getBytes(StandardCharsets.US_ASCII));
  }

  private static Arguments row(FieldCodec<?> codec, Object value, byte[] stored) {
    return Arguments.of(codec, value, stored);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("golden")
  void encodesLikePython(FieldCodec<?> codec, Object value, byte[] stored) {
    assertEquals(Bytes.printable(stored), Bytes.printable(encode(codec, value)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("golden")
  void decodesWhatPythonWrote(FieldCodec<?> codec, Object value, byte[] stored) {
    assertSameValue(value, codec.decode(stored));
  }
}

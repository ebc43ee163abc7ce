package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FloatCodecTest {
  private static final FieldCodec<Double> CODEC = Codecs.FLOAT;

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(doubles = {0.0, -0.0, 1.0, -1.5, 0.1, 1e22, 1e23, 5e-324, -5e-324,
      Double.MIN_NORMAL, Double.MIN_NORMAL / 3, Double.MAX_VALUE, -Double.MAX_VALUE,
      Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 9007199254740993.0,
      123456.789e-300, 2.82879384806159e17})
  void roundTripsBitForBit(double value) {
    double read = CODEC.decode(CODEC.encode(value));
    assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(read));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "1e3|1000.0", "inf|Infinity", "-inf|-Infinity", "+inf|Infinity", "Infinity|Infinity",
      "INF|Infinity", "-Infinity|-Infinity", "nan|NaN", "NaN|NaN", "-nan|NaN", "-0|-0.0",
      " 2.5 |2.5", "\t2.5\t|2.5", "1_000.5|1000.5", ".5|0.5", "5.|5.0", "1e500|Infinity",
      "-1e500|-Infinity", "1e-400|0.0", "5e-324|4.9E-324", "4.9406564584124654e-324|4.9E-324",
      "0.30000000000000004|0.30000000000000004", "1.152921504606847e+18|1.152921504606847E18",
  })
  void readsWhatPythonFloatReads(String stored, double expected) {
    assertEquals(expected, CODEC.decode(utf8(stored)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "x", "1a", "1d", "1f", "0x1p3", "1e", "1,5", "1__0", "_1",
      "infinit", "nanx", "Infinityy", "--1", "1 2", "\u0661"})
  void refusesBytesPythonFloatRefuses(String stored) {
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> CODEC.decode(utf8(stored)));
    assertTrue(e.getMessage().startsWith("FLOAT cannot decode b'"), e.getMessage());
  }

  @Test
  void castsFloatThroughItsShortestText() {
    assertEquals(1.1, CODEC.cast(1.1f));
    assertEquals("1.1", new String(CODEC.encodeObject(1.1f), StandardCharsets.US_ASCII));
    assertEquals(Double.NaN, CODEC.cast(Float.NaN));
  }

  @Test
  void castsIntegersThatADoubleHoldsExactly() {
    assertEquals(3.0, CODEC.cast(3));
    assertEquals(3.0, CODEC.cast((short) 3));
    assertEquals(9007199254740992.0, CODEC.cast(1L << 53));
    assertEquals(-9007199254740992.0, CODEC.cast(-(1L << 53)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(longs = {(1L << 53) + 1, -(1L << 53) - 1, Long.MIN_VALUE, Long.MAX_VALUE})
  void refusesLongsThatWouldLosePrecision(long value) {
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.cast(value));
    assertTrue(e.getMessage().contains("Long " + value), e.getMessage());
  }

  @Test
  void refusesOtherKinds() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.encodeObject("1.5"));
    assertEquals("FLOAT expects a Double (or Float, Integer, or a Long of at most 2^53 in"
        + " magnitude), got String \"1.5\"", e.getMessage());
    assertThrows(InvalidValue.class, () -> CODEC.encode(null));
  }
}

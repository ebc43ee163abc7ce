package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IntegerCodecTest {
  private static final FieldCodec<Long> CODEC = Codecs.INTEGER;

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(longs = {0, 1, -1, 42, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1,
      -(1L << 53) - 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void roundTripsExactly(long value) {
    byte[] stored = CODEC.encode(value);
    assertEquals(Long.toString(value), new String(stored, StandardCharsets.US_ASCII));
    assertEquals(value, CODEC.decode(stored));
  }

  @Test
  void staysExactBeyondTwoToTheFiftyThree() {
    // Python RedPipe writes 9007199254740992 here because it goes through a float.
    assertEquals("9007199254740993",
        new String(CODEC.encode((1L << 53) + 1), StandardCharsets.US_ASCII));
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
      "1.7|1", "-1.7|-1", "1.9999|1", "1e3|1000", " 7 |7", "\t7\t|7", "1_000|1000", "+5|5",
      "0.5|0", ".5|0", "5.|5", "-0|0", "1e-400|0", "1E2|100", "2.5e1|25",
      "9223372036854775807|9223372036854775807", "-9223372036854775808|-9223372036854775808",
      "9223372036854775807.9|9223372036854775807", "9007199254740993|9007199254740993",
  })
  void readsWhatPythonWritesOrTolerates(String stored, long expected) {
    assertEquals(expected, CODEC.decode(utf8(stored)));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", " ", "abc", "1a", "0x10", "1d", "1L", "inf", "-inf", "nan", "1e",
      "--1", "1__0", "_1", "1_", "1,5", "\u0661", "9223372036854775808", "-9223372036854775809",
      "1e19", "1e999999999999", "1e2147483648"})
  void refusesBytesThatAreNotAWholeNumberInRange(String stored) {
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> CODEC.decode(utf8(stored)));
    assertTrue(e.getMessage().startsWith("INTEGER cannot decode b'"), e.getMessage());
    assertTrue(e.getMessage().contains("expected a whole number"), e.getMessage());
  }

  @Test
  void undecodableMessageShowsTheBytes() {
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> CODEC.decode(utf8("abc")));
    assertEquals("INTEGER cannot decode b'abc': expected a whole number such as b'42'",
        e.getMessage());
  }

  @Test
  void castsSmallerIntegerTypes() {
    assertEquals(5L, CODEC.cast(5));
    assertEquals(5L, CODEC.cast((short) 5));
    assertEquals(5L, CODEC.cast((byte) 5));
    assertEquals(5L, CODEC.cast(5L));
    assertNull(CODEC.cast(null));
    assertEquals("-3", new String(CODEC.encodeObject(-3), StandardCharsets.US_ASCII));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"double", "string", "boolean"})
  void refusesOtherKindsAtCallTime(String kind) {
    Object value = kind.equals("double") ? 1.5 : kind.equals("string") ? "1" : true;
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.encodeObject(value));
    assertTrue(e.getMessage().startsWith("INTEGER expects a Long"), e.getMessage());
  }

  @Test
  void refusesNull() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.encode(null));
    assertTrue(e.getMessage().contains("got null"), e.getMessage());
  }
}

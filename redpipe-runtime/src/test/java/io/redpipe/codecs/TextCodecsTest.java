package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.hex;
import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** TEXT, ASCII, BINARY and BOOLEAN. */
class TextCodecsTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", "a", "15\u00f8C", "\u65e5\u672c\u8a9e", "\ud83d\ude00",
      "a\u0000b", "line\nbreak\ttab", "\u00e9\ud83d\udc4d\ud83c\udffd", "\uffff"})
  void textRoundTripsAsUtf8(String value) {
    byte[] stored = Codecs.TEXT.encode(value);
    assertArrayEquals(utf8(value), stored);
    assertEquals(value, Codecs.TEXT.decode(stored));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource({"ff, b'\\xff'", "c3, b'\\xc3'", "eda080, b'\\xed\\xa0\\x80'", "c080, b'\\xc0\\x80'",
      "61f8, b'a\\xf8'", "f4908080, b'\\xf4\\x90\\x80\\x80'"})
  void textRefusesInvalidUtf8(String bytes, String shown) {
    UndecodableValue e =
        assertThrows(UndecodableValue.class, () -> Codecs.TEXT.decode(hex(bytes)));
    assertEquals("TEXT cannot decode " + shown + ": expected valid UTF-8 text", e.getMessage());
  }

  @Test
  void textRefusesALoneSurrogate() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.TEXT.encode("a\ud83d"));
    assertTrue(e.getMessage().contains("lone UTF-16 surrogate"), e.getMessage());
  }

  @Test
  void textRefusesOtherKinds() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.TEXT.encodeObject(5));
    assertEquals("TEXT expects String, got Integer 5", e.getMessage());
    assertThrows(InvalidValue.class, () -> Codecs.TEXT.encode(null));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", " ", "~", "hello, world!", "{\"json\": [1]}"})
  void asciiStoresPrintableAscii(String value) {
    assertArrayEquals(utf8(value), Codecs.ASCII.encode(value));
    assertEquals(value, Codecs.ASCII.decode(utf8(value)));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"\u00e9", "15\u00f8C", "a\tb", "abc\n", "\n", "\u007f", "\u0000",
      "\ud83d\ude00"})
  void asciiRefusesEverythingElseIncludingPythonsTrailingNewline(String value) {
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.ASCII.encode(value));
    assertTrue(e.getMessage().startsWith("ASCII expects printable ASCII (0x20 to 0x7E), got"),
        e.getMessage());
  }

  @Test
  void asciiNamesTheOffendingCharacter() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.ASCII.encode("ab\u00e9"));
    assertEquals("ASCII expects printable ASCII (0x20 to 0x7E), got String \"ab\\u00e9\" with"
        + " U+00E9 at index 2; use TEXT for other characters", e.getMessage());
  }

  @Test
  void asciiReadsWhatPythonMayHaveStored() {
    assertEquals("abc\n", Codecs.ASCII.decode(utf8("abc\n")));
    assertThrows(UndecodableValue.class, () -> Codecs.ASCII.decode(hex("ff")));
  }

  @Test
  void binaryPassesEveryByteThrough() {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    byte[] stored = Codecs.BINARY.encode(all);
    assertArrayEquals(all, stored);
    assertNotSame(all, stored);
    assertArrayEquals(all, Codecs.BINARY.decode(stored));
    assertArrayEquals(new byte[0], Codecs.BINARY.decode(new byte[0]));
  }

  @Test
  void binaryRefusesOtherKinds() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.BINARY.encodeObject("dddd"));
    assertEquals("BINARY expects byte[], got String \"dddd\"", e.getMessage());
  }

  @ParameterizedTest(name = "\"{0}\" reads as {1}")
  @CsvSource(ignoreLeadingAndTrailingWhitespace = false, value = {
      "1,true", "0,true", "false,true", " ,true", "'',false", "None,true"})
  void booleanReadsAnyNonEmptyBytesAsTrue(String stored, boolean expected) {
    assertEquals(expected, Codecs.BOOLEAN.decode(utf8(stored)));
  }

  @Test
  void booleanWritesOneOrEmpty() {
    assertArrayEquals(utf8("1"), Codecs.BOOLEAN.encode(true));
    assertArrayEquals(new byte[0], Codecs.BOOLEAN.encode(false));
    InvalidValue e = assertThrows(InvalidValue.class, () -> Codecs.BOOLEAN.encodeObject("true"));
    assertEquals("BOOLEAN expects Boolean, got String \"true\"", e.getMessage());
  }
}

package io.redpipe.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written number scanner accepts exactly what the grammar, written as a regex, does. */
class PythonNumbersTest {
  private static final String DIGITS = "[0-9](?:_?[0-9])*";
  private static final Pattern NUMBER = Pattern.compile("[+-]?(?:(?:" + DIGITS + ")?\\."
      + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?");
  private static final String ALPHABET = "0123456789__..eE+- x";

  @Test
  void scannerAgreesWithTheGrammarOnRandomText() {
    Random random = new Random(42);
    for (int n = 0; n < 200_000; n++) {
      int length = random.nextInt(9);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      check(text.toString());
    }
  }

  @Test
  void scannerAgreesWithTheGrammarOnTheEdges() {
    for (String text : new String[] {"", ".", "+", "-", "1", "1.", ".5", "1.5", "1_0", "1__0",
        "_1", "1_", "1_.5", "1._5", "1e5", "1e", "1e+", "1e_5", "1e5_0", "1E-07", "+.5e-1",
        "-1_000.000_1e1_0", "1.5.", "e5", ".e5", "0x10", "1d", " 1", "1 "}) {
      check(text);
    }
  }

  @Test
  void plainLongsParseAsLongsAndEverythingElseFallsThrough() {
    assertEquals(42L, PythonNumbers.plainLong(bytes("42")));
    assertEquals(-7L, PythonNumbers.plainLong(bytes("-7")));
    assertEquals(5L, PythonNumbers.plainLong(bytes("+5")));
    assertEquals(999_999_999_999_999_999L, PythonNumbers.plainLong(bytes("999999999999999999")));
    for (String text : new String[] {"", "-", "+", "1.0", "1_0", " 1", "1e3",
        "1000000000000000000", "9223372036854775808", "x"}) {
      assertEquals(null, PythonNumbers.plainLong(bytes(text)), text);
    }
    assertEquals(1_000_000_000_000_000_000L, Codecs.INTEGER.decode(bytes("1000000000000000000")));
  }

  private static void check(String text) {
    byte[] bytes = bytes(text);
    assertEquals(NUMBER.matcher(text).matches(), PythonNumbers.isNumber(bytes, 0, bytes.length),
        () -> "'" + text + "'");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }
}

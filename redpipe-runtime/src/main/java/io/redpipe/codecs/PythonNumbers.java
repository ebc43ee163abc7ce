package io.redpipe.codecs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers the way Python's {@code float(bytes)} does: surrounding ASCII whitespace, a sign,
 * digits with single underscores between them, an optional fraction and exponent, or
 * {@code inf}, {@code infinity}, {@code nan} in any case. Java-only forms (a {@code d} or {@code f}
 * suffix, hexadecimal) are refused.
 */
final class PythonNumbers {
  private static final String DIGITS = "[0-9](?:_?[0-9])*";
  private static final Pattern NUMBER = Pattern.compile(
      "[+-]?(?:(?:" + DIGITS + ")?\\." + DIGITS + "|" + DIGITS + "\\.?)(?:[eE][+-]?" + DIGITS + ")?");
  private static final Pattern SPECIAL =
      Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private PythonNumbers() {}

  /** Returns the number text without whitespace and underscores, or null when it is not one. */
  static String finiteText(byte[] bytes) {
    String text = strip(bytes);
    return NUMBER.matcher(text).matches() ? text.replace("_", "") : null;
  }

  /** Returns whether {@code bytes} spell inf, infinity or nan (any case, optional sign). */
  static boolean isSpecial(byte[] bytes) {
    return SPECIAL.matcher(strip(bytes)).matches();
  }

  /** Returns the double Python's {@code float(bytes)} gives, or null when Python would refuse. */
  static Double parseFloat(byte[] bytes) {
    String number = finiteText(bytes);
    if (number != null) {
      return Double.parseDouble(number);
    }
    String text = strip(bytes);
    if (!SPECIAL.matcher(text).matches()) {
      return null;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.endsWith("nan")) {
      return Double.NaN;
    }
    return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
  }

  private static String strip(byte[] bytes) {
    int start = 0;
    int end = bytes.length;
    while (start < end && isSpace(bytes[start])) {
      start++;
    }
    while (end > start && isSpace(bytes[end - 1])) {
      end--;
    }
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }
}

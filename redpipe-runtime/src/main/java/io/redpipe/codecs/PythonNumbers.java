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
  private static final Pattern SPECIAL =
      Pattern.compile("[+-]?(?:inf|infinity|nan)", Pattern.CASE_INSENSITIVE);

  private PythonNumbers() {}

  /** Returns the number text without whitespace and underscores, or null when it is not one. */
  static String finiteText(byte[] bytes) {
    int start = firstNonSpace(bytes);
    int end = endOfNonSpace(bytes, start);
    if (!isNumber(bytes, start, end)) {
      return null;
    }
    StringBuilder text = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      if (bytes[i] != '_') {
        text.append((char) bytes[i]);
      }
    }
    return text.toString();
  }

  /**
   * Whether {@code bytes[start, end)} is a finite number as Python spells it: an optional sign,
   * digits with single underscores between them, an optional fraction (digits on at least one
   * side of the point) and exponent. Scanned by hand (a regex costs a matcher per value); the
   * tests compare it with the grammar as a regex.
   */
  static boolean isNumber(byte[] bytes, int start, int end) {
    int i = start;
    if (i < end && (bytes[i] == '+' || bytes[i] == '-')) {
      i++;
    }
    int afterInteger = digits(bytes, i, end);
    boolean integer = afterInteger > i;
    i = afterInteger;
    if (i < end && bytes[i] == '.') {
      int afterFraction = digits(bytes, i + 1, end);
      if (!integer && afterFraction == i + 1) {
        return false;  // "." alone, or "." without digits on either side
      }
      i = afterFraction;
    } else if (!integer) {
      return false;
    }
    if (i < end && (bytes[i] == 'e' || bytes[i] == 'E')) {
      int exponent = i + 1;
      if (exponent < end && (bytes[exponent] == '+' || bytes[exponent] == '-')) {
        exponent++;
      }
      int afterExponent = digits(bytes, exponent, end);
      if (afterExponent == exponent) {
        return false;
      }
      i = afterExponent;
    }
    return i == end;
  }

  /** The index after the digits (single underscores between them) from {@code i}; i when none. */
  private static int digits(byte[] bytes, int i, int end) {
    if (i >= end || !isDigit(bytes[i])) {
      return i;
    }
    i++;
    while (i < end) {
      if (isDigit(bytes[i])) {
        i++;
      } else if (bytes[i] == '_' && i + 1 < end && isDigit(bytes[i + 1])) {
        i += 2;
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isDigit(byte b) {
    return b >= '0' && b <= '9';
  }

  /**
   * The value of {@code bytes} when they are only an optional sign and 1 to 18 ASCII digits (the
   * usual stored integer, which needs no other parsing), else {@code null}.
   */
  static Long plainLong(byte[] bytes) {
    int length = bytes.length;
    int i = length > 0 && (bytes[0] == '-' || bytes[0] == '+') ? 1 : 0;
    if (length == i || length - i > 18) {
      return null;
    }
    long value = 0;
    for (; i < length; i++) {
      byte b = bytes[i];
      if (b < '0' || b > '9') {
        return null;
      }
      value = value * 10 + (b - '0');
    }
    return bytes[0] == '-' ? -value : value;
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
    int start = firstNonSpace(bytes);
    int end = endOfNonSpace(bytes, start);
    return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
  }

  private static int firstNonSpace(byte[] bytes) {
    int start = 0;
    while (start < bytes.length && isSpace(bytes[start])) {
      start++;
    }
    return start;
  }

  /** The end of {@code bytes} without trailing whitespace, at least {@code start}. */
  private static int endOfNonSpace(byte[] bytes, int start) {
    int end = bytes.length;
    while (end > start && isSpace(bytes[end - 1])) {
      end--;
    }
    return end;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || (b >= '\t' && b <= '\r');
  }
}

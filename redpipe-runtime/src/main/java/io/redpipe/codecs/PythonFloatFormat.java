package io.redpipe.codecs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double exactly as Python's {@code repr(float)} does: the shortest digits that read
 * back as the same double (the nearest such digits when several are equally short), fixed
 * notation when the decimal exponent is in [-4, 16), otherwise scientific with a sign and at least
 * two exponent digits. Java's {@code Double.toString} is not used: before JDK 19 it sometimes
 * printed more digits than needed (e.g. {@code 2.0E-3} cases tracked as JDK-4511638).
 */
public final class PythonFloatFormat {
  private static final int MAX_DIGITS = 17;

  private PythonFloatFormat() {}

  /**
   * Returns Python's {@code repr(value)}: {@code "1.0"}, {@code "0.30000000000000004"},
   * {@code "1e+16"}, {@code "1e-05"}, {@code "-0.0"}, {@code "inf"}, {@code "-inf"},
   * {@code "nan"}.
   *
   * @param value any double, also infinite or NaN
   * @return the text Python's {@code repr} gives
   */
  public static String repr(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    String sign = (Double.doubleToRawLongBits(value) < 0) ? "-" : "";
    if (value == 0) {
      return sign + "0.0";
    }
    BigDecimal shortest = shortest(Math.abs(value));
    String digits = shortest.unscaledValue().toString();
    int exponent = digits.length() - 1 - shortest.scale();
    return sign + (exponent >= -4 && exponent < 16
        ? fixed(digits, exponent)
        : scientific(digits, exponent));
  }

  /**
   * Returns the text the FLOAT field stores: {@link #repr} without a trailing {@code ".0"}, as
   * Python RedPipe writes it ({@code "1"}, {@code "-0"}, {@code "1.5"}, {@code "1e+16"}).
   *
   * @param value any double, also infinite or NaN
   * @return the text a FLOAT field stores
   */
  public static String fieldText(double value) {
    String repr = repr(value);
    return repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr;
  }

  /**
   * The shortest decimal that reads back as {@code value} (positive, finite), the nearest one when
   * several are equally short, trailing zeros stripped.
   *
   * <p>Whether some decimal of {@code p} digits reads back only grows with {@code p}, and
   * {@code Double.toString} always gives digits that read back, mostly the fewest. So its digit
   * count {@code n} is a hint: when no decimal of {@code n - 1} digits fits, the answer is the
   * nearest fitting one of {@code n} digits, found with two roundings instead of a search.
   */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    int hint = significantDigits(Double.toString(value));
    if (hint == 1 || nearestFitting(exact, value, hint - 1) == null) {
      BigDecimal atHint = nearestFitting(exact, value, hint);
      if (atHint != null) {
        return atHint;
      }
    }
    for (int precision = 1; precision <= MAX_DIGITS; precision++) {
      BigDecimal fitting = nearestFitting(exact, value, precision);
      if (fitting != null) {
        return fitting;
      }
    }
    // 17 significant digits always identify a double; not reached.
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
  }

  /** The decimal of {@code precision} digits nearest to {@code exact} that reads back, or null. */
  private static BigDecimal nearestFitting(BigDecimal exact, double value, int precision) {
    BigDecimal down = exact.round(new MathContext(precision, RoundingMode.FLOOR));
    BigDecimal up = exact.round(new MathContext(precision, RoundingMode.CEILING));
    boolean downFits = readsBackAs(down, value);
    boolean upFits = readsBackAs(up, value);
    if (downFits && upFits) {
      int nearer = exact.subtract(down).compareTo(up.subtract(exact));
      if (nearer == 0) {
        return exact.round(new MathContext(precision, RoundingMode.HALF_EVEN)).stripTrailingZeros();
      }
      return (nearer < 0 ? down : up).stripTrailingZeros();
    }
    if (downFits || upFits) {
      return (downFits ? down : up).stripTrailingZeros();
    }
    return null;
  }

  /** The number of significant digits of a {@code Double.toString} result such as 1.25E-5. */
  private static int significantDigits(String javaText) {
    int end = javaText.indexOf('E');
    String mantissa = end < 0 ? javaText : javaText.substring(0, end);
    int first = -1;
    int last = -1;
    for (int i = 0; i < mantissa.length(); i++) {
      char c = mantissa.charAt(i);
      if (c >= '1' && c <= '9') {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return 1;
    }
    int digits = last - first + 1;
    int dot = mantissa.indexOf('.');
    return dot > first && dot < last ? digits - 1 : digits;
  }

  private static boolean readsBackAs(BigDecimal candidate, double value) {
    return Double.parseDouble(candidate.toString()) == value;
  }

  private static String fixed(String digits, int exponent) {
    int length = digits.length();
    if (exponent < 0) {
      return "0." + "0".repeat(-exponent - 1) + digits;
    }
    if (exponent >= length - 1) {
      return digits + "0".repeat(exponent - (length - 1)) + ".0";
    }
    return digits.substring(0, exponent + 1) + "." + digits.substring(exponent + 1);
  }

  private static String scientific(String digits, int exponent) {
    StringBuilder out = new StringBuilder().append(digits.charAt(0));
    if (digits.length() > 1) {
      out.append('.').append(digits, 1, digits.length());
    }
    int magnitude = Math.abs(exponent);
    return out.append('e').append(exponent < 0 ? '-' : '+')
        .append(magnitude < 10 ? "0" : "").append(magnitude).toString();
  }
}

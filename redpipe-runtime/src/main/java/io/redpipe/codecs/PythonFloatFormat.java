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
   */
  public static String fieldText(double value) {
    String repr = repr(value);
    return repr.endsWith(".0") ? repr.substring(0, repr.length() - 2) : repr;
  }

  /** The shortest decimal that reads back as {@code value} (positive, finite), trailing zeros stripped. */
  private static BigDecimal shortest(double value) {
    BigDecimal exact = new BigDecimal(value);
    for (int precision = 1; precision <= MAX_DIGITS; precision++) {
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
    }
    // 17 significant digits always identify a double; not reached.
    return exact.round(new MathContext(MAX_DIGITS, RoundingMode.HALF_EVEN)).stripTrailingZeros();
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

package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * INTEGER: a Long stored as decimal digits. Reads also take what Python RedPipe writes or
 * tolerates ({@code "1.7"} reads as 1, {@code "1e3"} as 1000, {@code " 7 "} as 7): the exact
 * decimal value is truncated toward zero. Unlike Python, which goes through a double, values
 * beyond 2^53 stay exact; values outside the long range do not decode.
 */
final class IntegerCodec implements FieldCodec<Long> {
  private static final int MAX_LONG_DIGITS = 19;

  @Override
  public byte[] encode(Long value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a Long"));
    }
    return Long.toString(value).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public Long decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    Long plain = PythonNumbers.plainLong(bytes);
    if (plain != null) {
      return plain;
    }
    String text = PythonNumbers.finiteText(bytes);
    if (text == null) {
      throw Utf8.undecodable(typeName(), bytes, "a whole number such as b'42'", null);
    }
    try {
      BigDecimal number = new BigDecimal(text);
      // As a long: a scale of Integer.MIN_VALUE (e.g. "1e2147483648") would overflow an int.
      long integerDigits = (long) number.precision() - number.scale();
      if (integerDigits <= 0) {
        return 0L;
      }
      if (integerDigits > MAX_LONG_DIGITS) {
        throw new ArithmeticException("more than " + MAX_LONG_DIGITS + " digits");
      }
      return number.setScale(0, RoundingMode.DOWN).longValueExact();
    } catch (ArithmeticException | NumberFormatException e) {
      throw Utf8.undecodable(typeName(), bytes,
          "a whole number between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE, e);
    }
  }

  /** Accepts Long, Integer, Short and Byte. */
  @Override
  public Long cast(Object value) {
    if (value == null || value instanceof Long) {
      return (Long) value;
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    throw new InvalidValue(Values.expected(typeName(), "a Long (or Integer, Short, Byte)", value));
  }

  @Override
  public Class<?> javaType() {
    return Long.class;
  }

  @Override
  public String typeName() {
    return "INTEGER";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.nio.charset.StandardCharsets;

/**
 * FLOAT: a Double stored as Python's float repr without a trailing {@code ".0"} (see
 * {@link PythonFloatFormat#fieldText}). Reads take what Python's {@code float()} reads:
 * {@code "1e3"}, {@code " 2.5 "}, {@code "inf"}, {@code "nan"}, {@code "-0"}, {@code "1_000"}.
 */
final class FloatCodec implements FieldCodec<Double> {
  private static final long EXACT_LONG_LIMIT = 1L << 53;

  @Override
  public byte[] encode(Double value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a Double"));
    }
    return PythonFloatFormat.fieldText(value).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  public Double decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    Double value = PythonNumbers.parseFloat(bytes);
    if (value == null) {
      throw Utf8.undecodable(typeName(), bytes, "a number such as b'1.5', b'1e+16' or b'inf'", null);
    }
    return value;
  }

  /**
   * Accepts Double; Float as the double its shortest text names (1.1f gives 1.1); Integer, Short,
   * Byte; and Long when the double holds it exactly (at most 2^53 in magnitude).
   */
  @Override
  public Double cast(Object value) {
    if (value == null || value instanceof Double) {
      return (Double) value;
    }
    if (value instanceof Float) {
      return Double.parseDouble(value.toString());
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).doubleValue();
    }
    if (value instanceof Long) {
      long number = (Long) value;
      if (number >= -EXACT_LONG_LIMIT && number <= EXACT_LONG_LIMIT) {
        return (double) number;
      }
    }
    throw new InvalidValue(Values.expected(typeName(),
        "a Double (or Float, Integer, or a Long of at most 2^53 in magnitude)", value));
  }

  @Override
  public Class<?> javaType() {
    return Double.class;
  }

  @Override
  public String typeName() {
    return "FLOAT";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

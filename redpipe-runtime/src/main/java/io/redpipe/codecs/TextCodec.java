package io.redpipe.codecs;

import io.redpipe.InvalidValue;

/** TEXT: a String stored as UTF-8; invalid UTF-8 does not decode. */
final class TextCodec implements FieldCodec<String> {
  @Override
  public byte[] encode(String value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a String"));
    }
    return Utf8.encode(typeName(), value);
  }

  @Override
  public String decode(byte[] bytes) {
    return bytes == null ? null : Utf8.decode(typeName(), bytes);
  }

  @Override
  public Class<?> javaType() {
    return String.class;
  }

  @Override
  public String typeName() {
    return "TEXT";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

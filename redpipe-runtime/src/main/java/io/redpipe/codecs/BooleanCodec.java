package io.redpipe.codecs;

import io.redpipe.InvalidValue;

/** BOOLEAN: true is stored as {@code "1"}, false as {@code ""}; any non-empty bytes read as true. */
final class BooleanCodec implements FieldCodec<Boolean> {
  private static final byte[] TRUE = {'1'};

  @Override
  public byte[] encode(Boolean value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a Boolean"));
    }
    return value ? TRUE.clone() : new byte[0];
  }

  @Override
  public Boolean decode(byte[] bytes) {
    return bytes == null ? null : bytes.length > 0;
  }

  @Override
  public Class<?> javaType() {
    return Boolean.class;
  }

  @Override
  public String typeName() {
    return "BOOLEAN";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

package io.redpipe.codecs;

import io.redpipe.InvalidValue;

/** BINARY: bytes stored as given (encode copies the array so later changes do not leak in). */
final class BinaryCodec implements FieldCodec<byte[]> {
  @Override
  public byte[] encode(byte[] value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a byte[]"));
    }
    return value.clone();
  }

  @Override
  public byte[] decode(byte[] bytes) {
    return bytes;
  }

  @Override
  public Class<?> javaType() {
    return byte[].class;
  }

  @Override
  public String typeName() {
    return "BINARY";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

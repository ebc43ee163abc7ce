package io.redpipe.codecs;

import io.redpipe.InvalidValue;

/**
 * ASCII: a String of printable ASCII (0x20 to 0x7E, or empty). Python's quirk of also accepting one
 * trailing newline is not copied. Reads decode UTF-8 like TEXT, as Python does.
 */
final class AsciiCodec implements FieldCodec<String> {
  @Override
  public byte[] encode(String value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a String of printable ASCII"));
    }
    byte[] bytes = new byte[value.length()];
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new InvalidValue(typeName() + " expects printable ASCII (0x20 to 0x7E), got "
            + Values.describe(value) + " with " + String.format("U+%04X", (int) c)
            + " at index " + i + "; use TEXT for other characters");
      }
      bytes[i] = (byte) c;
    }
    return bytes;
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
    return "ASCII";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

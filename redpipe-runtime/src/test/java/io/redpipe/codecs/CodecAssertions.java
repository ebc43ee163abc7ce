package io.redpipe.codecs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

/** Helpers shared by the codec tests. */
final class CodecAssertions {
  private CodecAssertions() {}

  /** The UTF-8 bytes of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes given as hex digits, e.g. {@code "c3b8"}. */
  static byte[] hex(String digits) {
    byte[] bytes = new byte[digits.length() / 2];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = (byte) Integer.parseInt(digits.substring(2 * i, 2 * i + 2), 16);
    }
    return bytes;
  }

  /** Compares values, byte arrays by content. */
  static void assertSameValue(Object expected, Object actual) {
    if (expected instanceof byte[]) {
      assertArrayEquals((byte[]) expected, (byte[]) actual);
    } else {
      assertEquals(expected, actual);
    }
  }

  /** Encodes {@code value} through the untyped entry point, as keyspaces do. */
  static byte[] encode(FieldCodec<?> codec, Object value) {
    return codec.encodeObject(value);
  }
}

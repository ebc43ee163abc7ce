package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8: malformed input is an error, never silently replaced. */
final class Utf8 {
  private Utf8() {}

  /** Encodes {@code text}; a lone surrogate is an {@link InvalidValue} for {@code typeName}. */
  static byte[] encode(String typeName, String text) {
    if (!hasSurrogate(text)) {
      return text.getBytes(StandardCharsets.UTF_8);  // the same bytes, without a strict encoder
    }
    try {
      ByteBuffer buffer = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(text));
      byte[] bytes = new byte[buffer.remaining()];
      buffer.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw new InvalidValue(typeName + " cannot store " + Values.describe(text)
          + ": it contains a lone UTF-16 surrogate, which has no UTF-8 form", e);
    }
  }

  /** Decodes {@code bytes}; invalid UTF-8 is an {@link UndecodableValue} for {@code typeName}. */
  static String decode(String typeName, byte[] bytes) {
    if (isAscii(bytes)) {
      return new String(bytes, StandardCharsets.ISO_8859_1);  // ASCII reads the same in both
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw undecodable(typeName, bytes, "valid UTF-8 text", e);
    }
  }

  private static boolean hasSurrogate(String text) {
    for (int i = 0, length = text.length(); i < length; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  /** Returns the exception for stored bytes that are not what {@code typeName} expects. */
  static UndecodableValue undecodable(
      String typeName, byte[] bytes, String expected, Throwable cause) {
    return new UndecodableValue(
        typeName + " cannot decode " + Bytes.printable(bytes) + ": expected " + expected, cause);
  }
}

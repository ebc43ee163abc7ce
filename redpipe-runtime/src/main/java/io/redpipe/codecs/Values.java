package io.redpipe.codecs;

import java.util.Arrays;

/** Renders values for error messages. */
final class Values {
  private static final int MAX_CHARS = 100;

  private Values() {}

  /** Returns e.g. {@code Integer 12} or {@code String "abc"} or {@code null}. */
  static String describe(Object value) {
    if (value == null) {
      return "null";
    }
    String text;
    if (value instanceof String) {
      text = quote((String) value);
    } else if (value instanceof byte[]) {
      text = Bytes.printable((byte[]) value);
    } else if (value instanceof Object[]) {
      text = Arrays.deepToString((Object[]) value);
    } else {
      text = String.valueOf(value);
    }
    if (text.length() > MAX_CHARS) {
      text = text.substring(0, MAX_CHARS) + "...";
    }
    return value.getClass().getSimpleName() + " " + text;
  }

  /** Returns the message for a value of the wrong kind. */
  static String expected(String typeName, String expected, Object value) {
    return typeName + " expects " + expected + ", got " + describe(value);
  }

  /** Returns the message for a null value given to a built-in codec. */
  static String nullValue(String typeName, String expected) {
    return typeName + " expects " + expected + ", got null (delete the field or key instead of"
        + " storing null)";
  }

  /** Returns {@code text} in double quotes with control and non-ASCII characters escaped. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.append('"').toString();
  }
}

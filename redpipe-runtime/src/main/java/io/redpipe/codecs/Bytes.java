package io.redpipe.codecs;

/** Renders bytes readably for messages, the way Python prints a {@code bytes} value. */
public final class Bytes {
  private static final int MAX_BYTES = 100;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Bytes() {}

  /**
   * Returns {@code bytes} as Python writes a bytes literal: {@code b'abc\xff\n'}, printable ASCII
   * as is, others escaped, cut after 100 bytes with the total length; {@code null} gives
   * {@code "null"}.
   *
   * @param bytes the bytes to show, or {@code null}
   * @return the bytes as a Python bytes literal
   */
  public static String printable(byte[] bytes) {
    if (bytes == null) {
      return "null";
    }
    int shown = Math.min(bytes.length, MAX_BYTES);
    StringBuilder out = new StringBuilder(shown + 3).append("b'");
    for (int i = 0; i < shown; i++) {
      int b = bytes[i] & 0xff;
      switch (b) {
        case '\'': out.append("\\'"); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        default:
          if (b >= 0x20 && b < 0x7f) {
            out.append((char) b);
          } else {
            out.append("\\x").append(HEX[b >> 4]).append(HEX[b & 0xf]);
          }
      }
    }
    out.append('\'');
    if (shown < bytes.length) {
      out.append("... (").append(bytes.length).append(" bytes)");
    }
    return out.toString();
  }
}

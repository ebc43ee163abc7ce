package io.redpipe.testkit;

/** Compares dotted version strings such as {@code 7.0.15} and {@code 7.2}. */
final class Versions {
  private Versions() {}

  static int compare(String left, String right) {
    String[] a = left.split("\\.");
    String[] b = right.split("\\.");
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      int x = i < a.length ? leadingNumber(a[i]) : 0;
      int y = i < b.length ? leadingNumber(b[i]) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }

  private static int leadingNumber(String part) {
    int end = 0;
    while (end < part.length() && Character.isDigit(part.charAt(end))) {
      end++;
    }
    return end == 0 ? 0 : Integer.parseInt(part.substring(0, end));
  }
}

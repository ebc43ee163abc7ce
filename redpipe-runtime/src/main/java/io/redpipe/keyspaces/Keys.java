package io.redpipe.keyspaces;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Key formatting shared by every keyspace: a keyspace's key for id {@code 1} and prefix
 * {@code U} is {@code U{1}}, exactly as Python RedPipe writes it (the braces make the id the
 * cluster hash tag), and SCAN patterns match a prefix literally.
 */
public final class Keys {
  private Keys() {}

  /** Returns {@code prefix + "{" + id + "}"}. */
  public static String format(String prefix, String id) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(id, "id");
    return prefix + "{" + id + "}";
  }

  /** Returns the UTF-8 bytes of {@link #format(String, String)}. */
  public static byte[] encode(String prefix, String id) {
    return format(prefix, id).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Escapes the glob characters {@code * ? [ ] \} of {@code text} with a backslash so that a
   * SCAN MATCH pattern matches them literally.
   */
  public static String escapeGlob(String text) {
    Objects.requireNonNull(text, "text");
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Returns the SCAN MATCH pattern for ids matching {@code idPattern} (a glob over ids;
   * {@code null} means every id) in the keyspace {@code prefix}; the prefix matches literally.
   */
  public static String scanPattern(String prefix, String idPattern) {
    return escapeGlob(prefix) + "{" + (idPattern == null ? "*" : idPattern) + "}";
  }

  /**
   * Returns the id of {@code key} when it belongs to the keyspace {@code prefix}, else
   * {@code null}.
   */
  public static String idOf(String prefix, String key) {
    Objects.requireNonNull(prefix, "prefix");
    Objects.requireNonNull(key, "key");
    int start = prefix.length() + 1;
    if (key.length() >= start + 1 && key.startsWith(prefix) && key.charAt(prefix.length()) == '{'
        && key.endsWith("}")) {
      return key.substring(start, key.length() - 1);
    }
    return null;
  }

  /**
   * Returns {@code prefix} when it can start a keyspace's keys: not blank and without braces.
   * Throws IllegalArgumentException otherwise, saying what to do instead. Every keyspace spec,
   * hash schema and keyspace checks its prefix with this, as the processor checks
   * {@code @Keyspace}.
   */
  static String checkPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (prefix.isBlank()) {
      throw new IllegalArgumentException("keyspace prefix \"" + prefix + "\" is blank: keys are"
          + " <prefix>{<id>}, so give a non-blank prefix such as \"U\"; RedPipe keyspaces have no"
          + " un-prefixed form (Python RedPipe's keyspace = None, which uses keys verbatim): send"
          + " commands on such keys through the pipeline itself, e.g. pipe.get(\"foo\")");
    }
    if (prefix.indexOf('{') >= 0 || prefix.indexOf('}') >= 0) {
      throw new IllegalArgumentException("keyspace prefix \"" + prefix + "\" contains { or }:"
          + " RedPipe puts the id in braces after the prefix (the cluster hash tag), so remove the"
          + " braces from the prefix");
    }
    return prefix;
  }

  /** Returns the UTF-8 bytes of {@code text}. */
  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Returns {@code bytes} read as UTF-8, {@code null} for {@code null}. */
  static String text(byte[] bytes) {
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}

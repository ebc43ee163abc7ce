package io.redpipe.testkit;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Reads and checks the {@code REDIS_URL} environment variable.
 *
 * <p>The user info ends at the <em>last</em> {@code @} before the host, so a password may hold
 * {@code @} (and {@code /}, {@code ?}, {@code #}) either raw ({@code redis://app:top@secret@host})
 * or percent-encoded ({@code top%40secret}); {@code +} stays a plus. {@link #redact(String)} hides
 * everything after the user name's colon up to that last {@code @}.
 */
final class RedisUrl {
  static final String VARIABLE = "REDIS_URL";

  private RedisUrl() {}

  /**
   * Parses a redis URL, failing with a message that names the variable and the problem.
   *
   * @throws IllegalArgumentException when the value is not a usable {@code redis://} or
   *     {@code rediss://} URL
   */
  static URI parse(String value) {
    String shown = redact(value);
    URI uri;
    try {
      uri = new URI(encodeUserInfo(value.trim()));
    } catch (URISyntaxException e) {
      throw bad(shown, "it is not a URI (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("redis") || scheme.equals("rediss"))) {
      throw bad(shown, "the scheme must be redis:// or rediss://, not "
          + (scheme == null ? "missing" : scheme + "://"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw bad(shown, hostProblem(uri.getRawAuthority()));
    }
    if (uri.getPort() == -1) {
      try {
        // Built from the raw parts: the multi-argument constructors would encode '%' again.
        uri = new URI(scheme + "://"
            + (uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo() + "@")
            + uri.getHost() + ":6379"
            + (uri.getRawPath() == null ? "" : uri.getRawPath())
            + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
      } catch (URISyntaxException e) {
        throw bad(shown, e.getReason());
      }
    } else if (uri.getPort() < 1 || uri.getPort() > 65_535) {
      throw bad(shown, "the port " + uri.getPort() + " is out of range (1 to 65535)");
    }
    String path = uri.getPath();
    if (path != null && !path.isEmpty() && !path.equals("/")
        && !path.substring(1).chars().allMatch(Character::isDigit)) {
      throw bad(shown, "the path must be a database number such as /0, not " + path);
    }
    return uri;
  }

  /** Why an authority has no host the URI parser accepted (user info already stripped). */
  private static String hostProblem(String authority) {
    if (authority == null || authority.isEmpty()) {
      return "it names no host; expected e.g. redis://localhost:6379";
    }
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    int colon = hostPort.lastIndexOf(':');
    String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    if (colon >= 0 && !hostPort.startsWith("[")) {
      String port = hostPort.substring(colon + 1);
      if (!port.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return "the port '" + port + "' is not a number; expected e.g. redis://"
            + (host.isEmpty() ? "localhost" : host) + ":6379";
      }
    }
    if (host.isEmpty()) {
      return "it names no host; expected e.g. redis://localhost:6379";
    }
    return "the host '" + host + "' is not a valid host name (letters, digits, '-' and '.', or"
        + " an IP address)";
  }

  private static IllegalArgumentException bad(String shown, String problem) {
    return new IllegalArgumentException(
        VARIABLE + "=" + shown + " cannot be used: " + problem + ".");
  }

  /**
   * Percent-encodes the characters of the user info (up to the last {@code @}) that a URI does
   * not allow there, such as a second {@code @}; leaves valid URLs unchanged.
   */
  private static String encodeUserInfo(String value) {
    int scheme = value.indexOf("://");
    int at = value.lastIndexOf('@');
    if (scheme < 0 || at < scheme + 3) {
      return value;
    }
    String info = value.substring(scheme + 3, at);
    StringBuilder encoded = new StringBuilder(info.length() + 8);
    byte[] bytes = info.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int b = bytes[i] & 0xff;
      boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
      if (escape || allowedInUserInfo(b)) {
        encoded.append((char) b);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(b >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xf, 16)));
      }
    }
    return value.substring(0, scheme + 3) + encoded + value.substring(at);
  }

  private static boolean allowedInUserInfo(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || "-._~!$&'()*+,;=:".indexOf(c) >= 0;
  }

  private static boolean isHex(byte b) {
    return Character.digit(b, 16) >= 0;
  }

  /**
   * Hides a password before a URL is shown in a message: everything between the user name's
   * colon and the last {@code @} becomes {@code ***} (all of the user info when it has no colon),
   * so no part of a password holding {@code @} is shown.
   */
  static String redact(String value) {
    int scheme = value.indexOf("://");
    int at = value.lastIndexOf('@');
    if (at < 0 || scheme < 0 || at < scheme + 3) {
      return value;
    }
    String info = value.substring(scheme + 3, at);
    int colon = info.indexOf(':');
    String hidden = colon < 0 ? "***" : info.substring(0, colon) + ":***";
    return value.substring(0, scheme + 3) + hidden + value.substring(at);
  }
}

package io.redpipe.testkit;

import java.net.URI;
import java.net.URISyntaxException;

/** Reads and checks the {@code REDIS_URL} environment variable. */
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
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw bad(shown, "it is not a URI (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equals("redis") || scheme.equals("rediss"))) {
      throw bad(shown, "the scheme must be redis:// or rediss://, not "
          + (scheme == null ? "missing" : scheme + "://"));
    }
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw bad(shown, "it names no host; expected e.g. redis://localhost:6379");
    }
    if (uri.getPort() == -1) {
      try {
        uri = new URI(scheme, uri.getRawUserInfo(), uri.getHost(), 6379, uri.getRawPath(),
            null, null);
      } catch (URISyntaxException e) {
        throw bad(shown, e.getReason());
      }
    }
    String path = uri.getPath();
    if (path != null && !path.isEmpty() && !path.equals("/")
        && !path.substring(1).chars().allMatch(Character::isDigit)) {
      throw bad(shown, "the path must be a database number such as /0, not " + path);
    }
    return uri;
  }

  private static IllegalArgumentException bad(String shown, String problem) {
    return new IllegalArgumentException(
        VARIABLE + "=" + shown + " cannot be used: " + problem + ".");
  }

  /** Hides a password before a URL is shown in a message. */
  static String redact(String value) {
    int at = value.indexOf('@');
    int scheme = value.indexOf("://");
    if (at < 0 || scheme < 0 || at < scheme) {
      return value;
    }
    String info = value.substring(scheme + 3, at);
    int colon = info.indexOf(':');
    String hidden = colon < 0 ? "***" : info.substring(0, colon) + ":***";
    return value.substring(0, scheme + 3) + hidden + value.substring(at);
  }
}

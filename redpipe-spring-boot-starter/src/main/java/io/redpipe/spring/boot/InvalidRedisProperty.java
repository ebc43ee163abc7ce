package io.redpipe.spring.boot;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** Builds the exceptions for bad connection properties; a password is never shown. */
final class InvalidRedisProperty {
  private InvalidRedisProperty() {}

  static InvalidConfigurationPropertyValueException of(String property, Object shownValue,
      String reason) {
    return new InvalidConfigurationPropertyValueException(property, shownValue, reason);
  }

  /** The URL with the password (and a user-info without a colon) replaced by {@code ****}. */
  static String masked(String url) {
    int scheme = url.indexOf("://");
    int at = url.lastIndexOf('@');
    if (scheme < 0 || at < scheme) {
      return url;
    }
    String userInfo = url.substring(scheme + 3, at);
    int colon = userInfo.indexOf(':');
    String shown = colon >= 0 ? userInfo.substring(0, colon) + ":****" : "****";
    return url.substring(0, scheme + 3) + shown + url.substring(at);
  }
}

package io.redpipe.testkit;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.DefaultJedisClientConfig;

/** User and password taken from the user-info part of a redis URI. */
record Credentials(String user, String password) {

  static Credentials of(URI uri) {
    String info = uri.getRawUserInfo();
    if (info == null || info.isEmpty()) {
      return new Credentials(null, null);
    }
    int colon = info.indexOf(':');
    if (colon < 0) {
      return new Credentials(null, decode(info));
    }
    String user = decode(info.substring(0, colon));
    return new Credentials(user.isEmpty() ? null : user, decode(info.substring(colon + 1)));
  }

  void applyTo(DefaultJedisClientConfig.Builder config) {
    if (user != null) {
      config.user(user);
    }
    if (password != null) {
      config.password(password);
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }
}

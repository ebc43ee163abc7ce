package io.redpipe.testkit;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import redis.clients.jedis.DefaultJedisClientConfig;

/**
 * User and password taken from the user-info part of a redis URI: split at the first raw
 * {@code :}, then percent-decoded ({@code %40} is {@code @}; a {@code +} stays a plus, unlike form
 * decoding).
 */
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

  /** Never shows the password. */
  @Override
  public String toString() {
    return "Credentials[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
  }

  /** Percent-decoding as URIs define it (UTF-8), without turning '+' into a space. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    byte[] raw = text.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < raw.length; i++) {
      if (raw[i] == '%' && i + 2 < raw.length && Character.digit(raw[i + 1], 16) >= 0
          && Character.digit(raw[i + 2], 16) >= 0) {
        bytes.write(Character.digit(raw[i + 1], 16) * 16 + Character.digit(raw[i + 2], 16));
        i += 2;
      } else {
        bytes.write(raw[i]);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}

package io.redpipe.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import org.junit.jupiter.api.Test;

class RedisUrlTest {

  @Test
  void acceptsRedisAndRedissWithCredentials() {
    URI plain = RedisUrl.parse("redis://localhost:6380/2");
    assertEquals(6380, plain.getPort());
    URI secure = RedisUrl.parse("rediss://app:s3cret@cache.internal:6390");
    assertEquals("rediss", secure.getScheme());
    Credentials credentials = Credentials.of(secure);
    assertEquals("app", credentials.user());
    assertEquals("s3cret", credentials.password());
  }

  @Test
  void defaultsThePort() {
    assertEquals(6379, RedisUrl.parse("redis://localhost").getPort());
  }

  @Test
  void passwordOnlyUserInfo() {
    Credentials credentials = Credentials.of(URI.create("redis://:pw@h:1"));
    assertEquals(null, credentials.user());
    assertEquals("pw", credentials.password());
  }

  @Test
  void rejectsOtherSchemesNamingTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("http://localhost:6379"));
    assertTrue(e.getMessage().startsWith("REDIS_URL=http://localhost:6379 cannot be used"),
        e.getMessage());
    assertTrue(e.getMessage().contains("redis:// or rediss://"), e.getMessage());
  }

  @Test
  void rejectsMissingHostAndBadDatabase() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> RedisUrl.parse("redis://"))
        .getMessage().contains("REDIS_URL"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://h:1/abc")).getMessage().contains("database number"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://h:1 2")).getMessage().contains("not a URI"));
  }

  @Test
  void hidesPasswordsInMessages() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://u:topsecret@h:1/x"));
    assertTrue(e.getMessage().contains("redis://u:***@h:1/x"), e.getMessage());
    assertTrue(!e.getMessage().contains("topsecret"), e.getMessage());
  }

  @Test
  void anUnreachableServerIsNamed() {
    int port = RedisProcess.freePort();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> RedisServers.fromUrl("redis://127.0.0.1:" + port));
    assertTrue(e.getMessage().startsWith("REDIS_URL=redis://127.0.0.1:" + port), e.getMessage());
    assertTrue(e.getMessage().contains("did not answer"), e.getMessage());
  }
}

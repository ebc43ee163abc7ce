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
  void aPasswordWithAtSignsIsHiddenWholeAndStillParses() {
    String url = "redis://app:top@secret@h:1/0";
    assertEquals("redis://app:***@h:1/0", RedisUrl.redact(url));
    URI uri = RedisUrl.parse(url);
    assertEquals("h", uri.getHost());
    assertEquals(1, uri.getPort());
    assertEquals(new Credentials("app", "top@secret"), Credentials.of(uri));
    assertEquals("redis://***@h:1", RedisUrl.redact("redis://p@ss@h:1"));
    assertEquals("rediss://u:***@h", RedisUrl.redact("rediss://u:a/b@c?d#e@h"));
    assertEquals(new Credentials("u", "a/b@c?d#e"),
        Credentials.of(RedisUrl.parse("rediss://u:a/b@c?d#e@h")));
  }

  @Test
  void percentEscapesAreDecodedAndAPlusStaysAPlus() {
    assertEquals(new Credentials("app", "top@se+cret"),
        Credentials.of(RedisUrl.parse("redis://app:top%40se+cret@h:1")));
    assertEquals(new Credentials("app", "50%"),
        Credentials.of(RedisUrl.parse("redis://app:50%@h:1")));
    assertEquals(new Credentials("app", "pässwörd"),
        Credentials.of(RedisUrl.parse("redis://app:pässwörd@h:1")));
    assertEquals(new Credentials("app", "a%2"), Credentials.of(RedisUrl.parse("redis://app:a%2@h")));
  }

  @Test
  void credentialsNeverShowThePassword() {
    String shown = Credentials.of(RedisUrl.parse("redis://app:topsecret@h:1")).toString();
    assertTrue(shown.contains("app") && !shown.contains("topsecret"), shown);
  }

  @Test
  void aPortThatIsNotANumberIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://host:notaport"));
    assertEquals("REDIS_URL=redis://host:notaport cannot be used: the port 'notaport' is not a"
        + " number; expected e.g. redis://host:6379.", e.getMessage());
    IllegalArgumentException withPassword = assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://u:top@secret@host:63x9/0"));
    assertTrue(withPassword.getMessage().contains("the port '63x9/0'")
        || withPassword.getMessage().contains("the port '63x9'"), withPassword.getMessage());
    assertTrue(!withPassword.getMessage().contains("secret"), withPassword.getMessage());
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://h:99999")).getMessage().contains("out of range"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://my_host:1")).getMessage()
        .contains("the host 'my_host' is not a valid host name"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> RedisUrl.parse("redis://:1")).getMessage().contains("names no host"));
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

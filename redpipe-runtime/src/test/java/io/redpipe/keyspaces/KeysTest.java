package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class KeysTest {
  @Test
  void formatsLikePythonRedPipe() {
    assertEquals("user{A}", Keys.format("user", "A"));
    assertEquals("U{}", Keys.format("U", ""));
    assertEquals("U{ключ}", Keys.format("U", "ключ"));
    assertEquals("U{1}", KeyspaceSpec.of("U", null, io.redpipe.codecs.Codecs.TEXT).key("1"));
  }

  @Test
  void escapesEveryGlobCharacter() {
    assertEquals("a\\*b\\?c\\[d\\]e\\\\f", Keys.escapeGlob("a*b?c[d]e\\f"));
    assertEquals("plain{}", Keys.escapeGlob("plain{}"));
  }

  @Test
  void scanPatternEscapesThePrefixOnly() {
    assertEquals("p\\*{*}", Keys.scanPattern("p*", null));
    assertEquals("p{a?}", Keys.scanPattern("p", "a?"));
  }

  @Test
  void idOfStripsThePrefixAndBraces() {
    assertEquals("1", Keys.idOf("U", "U{1}"));
    assertEquals("{x}", Keys.idOf("U", "U{{x}}"));
    assertEquals("", Keys.idOf("U", "U{}"));
    assertNull(Keys.idOf("U", "UX{1}"));
    assertNull(Keys.idOf("U", "U{1"));
    assertNull(Keys.idOf("U", "V{1}"));
  }
}

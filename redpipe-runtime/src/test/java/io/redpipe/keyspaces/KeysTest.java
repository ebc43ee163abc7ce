package io.redpipe.keyspaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.codecs.Codecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

  /** A keyspace kind written by hand, passing its prefix straight to the base class. */
  private static final class RawPrefixKeyspace extends AbstractKeyspace<String> {
    RawPrefixKeyspace(String prefix) {
      super(prefix, null, Codecs.TEXT, null);
    }
  }

  /**
   * A blank prefix would make keys {@code {foo}}, neither Python's verbatim {@code foo} nor a
   * namespaced key: every way of making a keyspace refuses it, before any I/O.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankPrefixesAreRefusedEverywhere(String prefix) {
    for (Executable make : new Executable[] {
        () -> KeyspaceSpec.of(prefix, null, Codecs.TEXT),
        () -> HashSchema.builder(prefix),
        () -> new RawPrefixKeyspace(prefix)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
      assertTrue(e.getMessage().startsWith("keyspace prefix \"" + prefix + "\" is blank: keys are"
          + " <prefix>{<id>}, so give a non-blank prefix such as \"U\""), e.getMessage());
      assertTrue(e.getMessage().contains("pipe.get(\"foo\")"), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"U{", "U}", "{U}"})
  void prefixesWithBracesAreRefusedEverywhere(String prefix) {
    for (Executable make : new Executable[] {
        () -> KeyspaceSpec.of(prefix, null, Codecs.TEXT),
        () -> HashSchema.builder(prefix),
        () -> new RawPrefixKeyspace(prefix)}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make);
      assertEquals("keyspace prefix \"" + prefix + "\" contains { or }: RedPipe puts the id in"
          + " braces after the prefix (the cluster hash tag), so remove the braces from the"
          + " prefix", e.getMessage());
    }
  }

  @Test
  void aValidPrefixStillMakesPrefixedKeys() {
    assertEquals("U{1}", new RawPrefixKeyspace("U").key("1"));
    assertEquals("a b{1}", KeyspaceSpec.of("a b", "", Codecs.TEXT).key("1"));
    assertThrows(NullPointerException.class, () -> KeyspaceSpec.of(null, null, Codecs.TEXT));
  }
}

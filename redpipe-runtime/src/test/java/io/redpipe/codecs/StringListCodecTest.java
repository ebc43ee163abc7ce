package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.InvalidValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StringListCodecTest {
  private static final FieldCodec<List<String>> CODEC = Codecs.STRING_LIST;

  @ParameterizedTest(name = "[{index}] {0}")
  @CsvSource(delimiter = '|', value = {
      "a|a", "a;b|a,b", "1;2;3|1,2,3", "\u00e9t\u00e9;\ud83d\ude00|\u00e9t\u00e9,\ud83d\ude00",
      "a b;c d|a b,c d"})
  void joinsWithCommas(String elements, String stored) {
    List<String> value = List.of(elements.split(";"));
    assertArrayEquals(utf8(stored), CODEC.encode(value));
    assertEquals(value, CODEC.decode(utf8(stored)));
  }

  @Test
  void emptyListIsStoredAsEmptyAndReadsAsNull() {
    assertArrayEquals(new byte[0], CODEC.encode(List.of()));
    assertNull(CODEC.decode(new byte[0]));
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource(delimiter = '|', value = {"','|", "',,,'|", "'a,,b'|a;b", "',a,'|a"})
  void dropsEmptyPiecesLikePython(String stored, String elements) {
    List<String> read = CODEC.decode(utf8(stored));
    assertEquals(elements == null ? null : List.of(elements.split(";")), read);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"a,b", ",", ""})
  void refusesElementsThatCannotRoundTrip(String element) {
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.encode(List.of("ok", element)));
    assertEquals("STRING_LIST cannot store the element " + Values.quote(element) + " at index 1:"
        + " elements must be non-empty and must not contain ',' (they are joined with ',');"
        + " use LIST to store any strings", e.getMessage());
  }

  @Test
  void refusesElementsThatAreNotStrings() {
    InvalidValue e = assertThrows(InvalidValue.class, () -> CODEC.encode(Arrays.asList("a", null)));
    assertEquals("STRING_LIST expects a List of Strings, got null at index 1", e.getMessage());
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String> numbers = (List) List.of(1);
    e = assertThrows(InvalidValue.class, () -> CODEC.encode(numbers));
    assertEquals("STRING_LIST expects a List of Strings, got Integer 1 at index 0",
        e.getMessage());
    assertThrows(InvalidValue.class, () -> CODEC.encodeObject("a,b"));
  }
}

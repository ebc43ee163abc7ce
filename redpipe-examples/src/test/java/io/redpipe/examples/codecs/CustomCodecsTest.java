package io.redpipe.examples.codecs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class CustomCodecsTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @EnumSource(Color.class)
  void enumIsStoredByName(Color color) {
    ColorCodec codec = new ColorCodec();
    assertArrayEquals(utf8(color.name()), codec.encode(color));
    assertEquals(color, codec.decode(utf8(color.name())));
  }

  @Test
  void enumNamesTheAllowedConstants() {
    ColorCodec codec = new ColorCodec();
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> codec.decode(utf8("red")));
    assertEquals("ColorCodec cannot decode b'red': expected one of [RED, GREEN, BLUE]",
        e.getMessage());
    assertEquals(Color.class, codec.javaType());
    assertEquals("ColorCodec", codec.typeName());
    assertNull(codec.decode(null));
  }

  @Test
  void enumRefusesOtherKindsAtCallTime() {
    FieldCodec<Color> codec = new ColorCodec();
    InvalidValue e = assertThrows(InvalidValue.class, () -> codec.encodeObject("RED"));
    assertEquals("ColorCodec expects Color, got String \"RED\"", e.getMessage());
    assertThrows(InvalidValue.class, () -> codec.encode(null));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1_700_000_000_123L, -1, Long.MAX_VALUE, Long.MIN_VALUE})
  void instantIsStoredAsEpochMillis(long millis) {
    InstantMillisCodec codec = new InstantMillisCodec();
    Instant instant = Instant.ofEpochMilli(millis);
    byte[] stored = codec.encode(instant);
    assertArrayEquals(Codecs.INTEGER.encode(millis), stored);
    assertEquals(instant, codec.decode(stored));
  }

  @Test
  void instantDropsPartsFinerThanAMillisecond() {
    InstantMillisCodec codec = new InstantMillisCodec();
    Instant instant = Instant.ofEpochSecond(-1, 999_999);
    assertEquals("-1000", new String(codec.encode(instant), StandardCharsets.US_ASCII));
    assertEquals(instant.truncatedTo(ChronoUnit.MILLIS), codec.decode(codec.encode(instant)));
  }

  @Test
  void instantReadsWhatPythonsIntegerFieldWrites() {
    InstantMillisCodec codec = new InstantMillisCodec();
    assertEquals(Instant.ofEpochMilli(1000), codec.decode(utf8("1e3")));
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> codec.decode(utf8("soon")));
    assertEquals("InstantMillisCodec cannot decode b'soon': expected epoch milliseconds such as"
        + " b'1700000000000'", e.getMessage());
    InvalidValue tooFar = assertThrows(InvalidValue.class, () -> codec.encode(Instant.MAX));
    assertTrue(tooFar.getMessage().startsWith("InstantMillisCodec cannot store Instant"),
        tooFar.getMessage());
  }

  @Test
  void recordIsStoredAsJson() {
    PointCodec codec = new PointCodec();
    Point point = new Point("h\u00e9re \ud83d\ude00", 1.5, -2.0);
    byte[] stored = codec.encode(point);
    assertEquals("{\"label\":\"h\u00e9re \ud83d\ude00\",\"x\":1.5,\"y\":-2.0}",
        new String(stored, StandardCharsets.UTF_8));
    assertEquals(point, codec.decode(stored));
  }

  @Test
  void recordReadsWhatPythonsDictFieldWrites() {
    PointCodec codec = new PointCodec();
    assertEquals(new Point("\u00e9", 1.0, 2.0),
        codec.decode(utf8("{\"label\": \"\\u00e9\", \"x\": 1, \"y\": 2.0}")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1]", "null", "{\"x\": \"far\"}", "{"})
  void recordRefusesOtherJson(String stored) {
    PointCodec codec = new PointCodec();
    UndecodableValue e = assertThrows(UndecodableValue.class, () -> codec.decode(utf8(stored)));
    assertTrue(e.getMessage().startsWith("PointCodec cannot decode b'"), e.getMessage());
    assertTrue(e.getMessage().endsWith("expected a JSON object for Point"), e.getMessage());
  }

  @Test
  void recordRefusesValuesJsonCannotHold() {
    PointCodec codec = new PointCodec();
    InvalidValue e =
        assertThrows(InvalidValue.class, () -> codec.encode(new Point("nan", Double.NaN, 0)));
    assertTrue(e.getMessage().startsWith("PointCodec cannot store Point[label=nan"),
        e.getMessage());
  }
}

package io.redpipe.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.redpipe.annotations.FieldType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodecsTest {
  @ParameterizedTest
  @EnumSource(value = FieldType.class, names = "AUTO", mode = EnumSource.Mode.EXCLUDE)
  void ofGivesTheCodecNamedLikeTheType(FieldType type) {
    FieldCodec<?> codec = Codecs.of(type);
    assertEquals(type.name(), codec.typeName());
    assertEquals(type.name(), codec.toString());
    assertNull(codec.decode(null));
  }

  @Test
  void ofMapsEachType() {
    assertSame(Codecs.TEXT, Codecs.of(FieldType.TEXT));
    assertSame(Codecs.ASCII, Codecs.of(FieldType.ASCII));
    assertSame(Codecs.BINARY, Codecs.of(FieldType.BINARY));
    assertSame(Codecs.INTEGER, Codecs.of(FieldType.INTEGER));
    assertSame(Codecs.FLOAT, Codecs.of(FieldType.FLOAT));
    assertSame(Codecs.BOOLEAN, Codecs.of(FieldType.BOOLEAN));
    assertSame(Codecs.LIST, Codecs.of(FieldType.LIST));
    assertSame(Codecs.DICT, Codecs.of(FieldType.DICT));
    assertSame(Codecs.STRING_LIST, Codecs.of(FieldType.STRING_LIST));
  }

  @Test
  void javaTypes() {
    assertEquals(String.class, Codecs.TEXT.javaType());
    assertEquals(String.class, Codecs.ASCII.javaType());
    assertEquals(byte[].class, Codecs.BINARY.javaType());
    assertEquals(Long.class, Codecs.INTEGER.javaType());
    assertEquals(Double.class, Codecs.FLOAT.javaType());
    assertEquals(Boolean.class, Codecs.BOOLEAN.javaType());
    assertEquals(List.class, Codecs.LIST.javaType());
    assertEquals(Map.class, Codecs.DICT.javaType());
    assertEquals(List.class, Codecs.STRING_LIST.javaType());
  }

  @Test
  void autoNamesNoCodec() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Codecs.of(FieldType.AUTO));
    assertEquals("FieldType.AUTO names no codec: infer the type from the Java type first",
        e.getMessage());
    NullPointerException npe = assertThrows(NullPointerException.class, () -> Codecs.of(null));
    assertEquals("type", npe.getMessage());
  }

  @Test
  void bytesArePrintedLikePython() {
    assertEquals("b'abc'", Bytes.printable("abc".getBytes()));
    assertEquals("b'\\x00\\xff\\'\\\\\\n\\r\\t'",
        Bytes.printable(new byte[] {0, (byte) 0xff, '\'', '\\', '\n', '\r', '\t'}));
    assertEquals("b''", Bytes.printable(new byte[0]));
    assertEquals("null", Bytes.printable(null));
    assertEquals("b'" + "a".repeat(100) + "'... (150 bytes)",
        Bytes.printable("a".repeat(150).getBytes()));
  }
}

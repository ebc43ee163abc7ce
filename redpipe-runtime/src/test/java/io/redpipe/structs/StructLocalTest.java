package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.codecs.Codecs;
import io.redpipe.keyspaces.HashSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The read side, stubs, builders and schema checks: no I/O. */
class StructLocalTest {

  @Test
  void builderProducesOrderedMapWithKeyFirst() {
    Map<String, Object> data = UserStruct.with("1").name("Jack").lastSeen(5L).put("nick", "J").toMap();
    assertEquals(List.of("user_id", "name", "last_seen", "nick"), new ArrayList<>(data.keySet()));
    assertEquals("1", data.get("user_id"));
    Map<String, Object> changes = UserStruct.changes().name("Bobby").lastSeen(null).toMap();
    assertTrue(changes.containsKey("last_seen"));
    assertNull(changes.get("last_seen"));
    assertFalse(changes.containsKey("user_id"));
  }

  @Test
  void stubWithDataHoldsDecodedTypedValues() {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("user_id", "7");
    data.put("name", "Jack");
    data.put("last_seen", 5); // an Integer becomes the Long a load gives
    data.put("nick", "J");
    data.put("admin", null); // left out
    UserStruct jack = UserStruct.stub(data);
    assertEquals("7", jack.key());
    assertEquals("U{7}", jack.redisKey());
    assertEquals(5L, jack.lastSeen());
    assertEquals(Long.valueOf(5L), jack.get("last_seen"));
    assertEquals("Jack", jack.name());
    assertNull(jack.admin());
    assertEquals("J", jack.get("nick"));
    assertEquals("7", jack.get("user_id"));
    assertEquals("dflt", jack.get("missing", "dflt"));
    assertTrue(jack.containsKey("user_id"));
    assertTrue(jack.containsKey("nick"));
    assertFalse(jack.containsKey("admin"));
    assertEquals(4, jack.size());
    assertEquals(List.of("user_id", "name", "last_seen", "nick"), new ArrayList<>(jack.keySet()));
    List<String> iterated = new ArrayList<>();
    jack.forEach(e -> iterated.add(e.getKey() + "=" + e.getValue()));
    assertEquals(List.of("user_id=7", "name=Jack", "last_seen=5", "nick=J"), iterated);
    assertEquals("UserStruct{user_id=7, name=Jack, last_seen=5, nick=J}", jack.toString());
    assertTrue(jack.isPersisted());
    assertThrows(UnsupportedOperationException.class, () -> jack.asMap().put("x", "y"));
  }

  @Test
  void stubFromIdHasOnlyTheKey() {
    UserStruct empty = UserStruct.stub("8");
    assertEquals(Map.of("user_id", "8"), empty.asMap());
    assertEquals(1, empty.size());
    assertFalse(empty.isPersisted());
    assertNull(empty.name());
  }

  @Test
  void equalityIsByClassKeyAndValues() {
    UserStruct a = UserStruct.stub(UserStruct.with("1").name("Jack").score(1.5));
    UserStruct b = UserStruct.stub(UserStruct.with("1").name("Jack").score(1.5));
    UserStruct c = UserStruct.stub(UserStruct.with("2").name("Jack").score(1.5));
    UserStruct d = UserStruct.stub(UserStruct.with("1").name("Jill").score(1.5));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, c);
    assertNotEquals(a, d);
    assertNotEquals(a, a.asMap());
    UserStruct copy = a.copy();
    assertNotSame(a, copy);
    assertEquals(a, copy);
  }

  @Test
  void badValuesAndMissingKeyFailWithNamedMessages() {
    InvalidValue bad = assertThrows(InvalidValue.class,
        () -> UserStruct.stub(UserStruct.with("1").name("Jack").put("last_seen", "soon")));
    assertTrue(bad.getMessage().contains("U{1} field 'last_seen'"), bad.getMessage());
    assertThrows(InvalidValue.class, () -> UserStruct.stub(UserStruct.with("1").put("nick", 3)));
    InvalidOperation noKey = assertThrows(InvalidOperation.class,
        () -> UserStruct.stub(UserStruct.changes().name("Jack")));
    assertTrue(noKey.getMessage().contains("'user_id'"), noKey.getMessage());
  }

  @Test
  void binaryValuesCompareByContent() {
    StructSchema schema = StructSchema.builder(HashSchema.builder("B").build()).build();
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("blob", new byte[] {1, 2});
    Map<String, Object> two = new LinkedHashMap<>();
    two.put("blob", new byte[] {1, 2});
    Plain a = new Plain(schema, "1", one);
    Plain b = new Plain(schema, "1", two);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertArrayEquals(new byte[] {1, 2}, (byte[]) a.get("blob"));
  }

  @Test
  void valuesReadFromAStructCannotChangeIt() {
    StructSchema schema = StructSchema.builder(HashSchema.builder("M")
        .field("tags", Codecs.LIST).field("meta", Codecs.DICT).field("blob", Codecs.BINARY)
        .field("names", Codecs.STRING_LIST).build()).build();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("_key", "1");
    data.put("tags", new ArrayList<>(List.of(1L, new ArrayList<>(List.of("a")))));
    data.put("meta", new LinkedHashMap<>(Map.of("k", new ArrayList<>(List.of(2L)))));
    data.put("blob", new byte[] {1, 2});
    data.put("names", new ArrayList<>(List.of("x")));
    Plain struct = Structs.stub(schema, data, Plain::new);
    Plain copy = struct.copy();
    @SuppressWarnings("unchecked")
    List<Object> tags = (List<Object>) struct.get("tags");
    assertThrows(UnsupportedOperationException.class, () -> tags.add(3L));
    @SuppressWarnings("unchecked")
    List<Object> inner = (List<Object>) tags.get(1);
    assertThrows(UnsupportedOperationException.class, () -> inner.add("b"));
    @SuppressWarnings("unchecked")
    Map<String, Object> meta = (Map<String, Object>) struct.asMap().get("meta");
    assertThrows(UnsupportedOperationException.class, () -> meta.put("x", 1L));
    @SuppressWarnings("unchecked")
    List<Object> metaList = (List<Object>) meta.get("k");
    assertThrows(UnsupportedOperationException.class, () -> metaList.clear());
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) struct.get("names");
    assertThrows(UnsupportedOperationException.class, () -> names.add("y"));
    ((byte[]) struct.get("blob"))[0] = 9;
    ((byte[]) struct.asMap().get("blob"))[1] = 9;
    assertArrayEquals(new byte[] {1, 2}, (byte[]) struct.get("blob"));
    assertEquals(copy, struct);
    assertEquals(List.of(1L, List.of("a")), struct.get("tags"));
  }

  @Test
  void schemaRejectsKeyNameClashes() {
    HashSchema hash = HashSchema.builder("X").field("id", Codecs.TEXT).build();
    assertThrows(IllegalArgumentException.class, () -> StructSchema.builder(hash).keyName("id").build());
    assertThrows(IllegalArgumentException.class,
        () -> StructSchema.builder(hash).required("_key").build());
    assertThrows(IllegalArgumentException.class, () -> StructSchema.builder(hash).ttl(-1));
    StructSchema schema = StructSchema.builder(hash).required("id").ttl(5).build();
    assertEquals("_key", schema.keyName());
    assertEquals(5, schema.ttl());
    assertEquals("X{a}", schema.redisKey("a"));
    assertEquals(Codecs.TEXT, schema.codecFor("undeclared"));
  }

  /** A minimal struct over an untyped schema. */
  private static final class Plain extends AbstractStruct {
    Plain(StructSchema schema, String key, Map<String, Object> data) {
      super(schema, key, data);
    }

    @Override
    public Plain copy() {
      return copyWith(Plain::new);
    }
  }
}

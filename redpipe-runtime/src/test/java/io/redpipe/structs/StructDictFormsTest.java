package io.redpipe.structs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.UndecodableValue;
import io.redpipe.backends.OnBothBackends;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.pipelines.Pipeline;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.UnifiedJedis;

/**
 * DICT members stored as a JSON array, which Python RedPipe reads as a dict ({@code b'[]'} is
 * {@code {}}, {@code b'[["a", 1]]'} is {@code {'a': 1}}): a struct written before a schema change
 * (from LIST to DICT) loads, and writes go back as canonical JSON objects (golden bytes).
 */
@OnBothBackends
class StructDictFormsTest {
  private static final StructSchema DOC = StructSchema.builder(HashSchema.builder("Dm")
          .field("meta", Codecs.DICT)
          .field("title", Codecs.TEXT)
          .build())
      .keyName("id")
      .build();

  /** A struct over {@link #DOC}. */
  private static final class Doc extends AbstractStruct {
    Doc(StructSchema schema, String key, Map<String, Object> data) {
      super(schema, key, data);
    }

    @Override
    public Doc copy() {
      return copyWith(Doc::new);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static Doc load(String id, Scope scope) {
    return Structs.load(DOC, id, Fields.DEFAULT, scope, Doc::new);
  }

  @Test
  void pairsAndTheEmptyArrayLoadAloneAndWritesAreCanonical(UnifiedJedis client) {
    // Python: the field was a ListField holding [['a', 1], ['b', [True, None]]] and [].
    client.hset(utf8("Dm{p1}"), utf8("meta"), utf8("[[\"a\", 1], [\"b\", [true, null]]]"));
    client.hset(utf8("Dm{p2}"), utf8("meta"), utf8("[]"));
    Doc pairs = load("p1", null);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("a", 1L);
    expected.put("b", Arrays.asList(true, null));
    assertEquals(expected, pairs.get("meta"));
    assertEquals(Map.of(), load("p2", null).get("meta"));

    pairs.update(Map.of("meta", pairs.get("meta")), null); // written back as a JSON object
    assertArrayEquals(utf8("{\"a\": 1, \"b\": [true, null]}"),
        client.hget(utf8("Dm{p1}"), utf8("meta")));
    Doc empty = Structs.create(DOC, Map.of("id", "p2", "meta", load("p2", null).get("meta")),
        false, null, Doc::new);
    assertArrayEquals(utf8("{}"), client.hget(utf8("Dm{p2}"), utf8("meta")));
    assertEquals(Map.of(), empty.get("meta"));
  }

  @Test
  void pairsLoadInASharedPipelineWithKeyspaceReads(UnifiedJedis client) {
    client.hset(utf8("Dm{s1}"), utf8("meta"), utf8("[[\"\\u00e9\", \"x\"]]"));
    client.hset(utf8("Dm{s2}"), utf8("meta"), utf8("{\"k\": 2}"));
    client.set(utf8("Ds{s3}"), utf8("[[\"z\", 0.5]]"));
    Doc first;
    Doc second;
    Future<Object> viaHash;
    Future<Map<String, Object>> viaString;
    try (Pipeline pipe = RedPipe.pipeline()) {
      first = load("s1", pipe);
      second = load("s2", pipe);
      viaHash = new HashKeyspace(DOC.hash(), pipe).hget("s1", "meta");
      viaString = new StringKeyspace<>(KeyspaceSpec.of("Ds", null, Codecs.DICT), pipe).get("s3");
      pipe.execute();
    }
    assertEquals(Map.of("é", "x"), first.get("meta"));
    assertEquals(Map.of("k", 2L), second.get("meta"));
    assertEquals(Map.of("é", "x"), viaHash.get());
    assertEquals(Map.of("z", 0.5), viaString.get());
  }

  @Test
  void anArrayThatIsNotPairsFailsTheExecuteAndChangesNothing(UnifiedJedis client) {
    client.hset(utf8("Dm{f1}"), Map.of(utf8("meta"), utf8("{\"ok\": true}"),
        utf8("title"), utf8("T")));
    Doc doc = load("f1", null);
    Map<String, Object> before = doc.asMap();
    client.hset(utf8("Dm{f1}"), utf8("meta"), utf8("[[\"a\", 1], [\"b\"]]"));
    client.hset(utf8("Dm{f1}"), utf8("title"), utf8("changed"));
    Doc other = load("f2", null);
    UndecodableValue e;
    try (Pipeline pipe = RedPipe.pipeline()) {
      other.update(Map.of("title", "o"), pipe);
      doc.load(pipe);
      e = assertThrows(UndecodableValue.class, pipe::execute);
    }
    assertTrue(e.getMessage().startsWith("Dm{f1} field 'meta': DICT cannot decode"
        + " b'[[\"a\", 1], [\"b\"]]': expected a JSON object such as b'{\"a\": 1}', or a JSON"
        + " array of [key, value] pairs with string keys such as b'[[\"a\", 1]]' (item [1] is not"
        + " a [key, value] pair)"), e.getMessage());
    assertEquals(before, doc.asMap());
    assertEquals(List.of("id"), List.copyOf(other.keySet()));
  }
}

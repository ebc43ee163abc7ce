package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DICT: a Map with String keys stored as JSON exactly as Python's {@code json.dumps} writes it;
 * reads keep the stored key order.
 *
 * <p>Reads also take what Python RedPipe's {@code dict(json.loads(...))} turns into a dict from
 * a JSON array: the empty array {@code []} is an empty map, and an array of {@code [key, value]}
 * pairs with string keys is the map of those pairs in order, a repeated key keeping its first
 * place and its last value ({@code [["a", 1]]} reads as {@code {a=1}}). Such values are what a
 * LIST field holds when its schema changed to DICT. Writes are always a JSON object.
 */
final class JsonDictCodec implements FieldCodec<Map<String, Object>> {
  private static final String EXPECTED = "a JSON object such as b'{\"a\": 1}', or a JSON array of"
      + " [key, value] pairs with string keys such as b'[[\"a\", 1]]'";

  @Override
  public byte[] encode(Map<String, Object> value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a Map"));
    }
    return PythonJsonWriter.write(typeName(), value).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  @SuppressWarnings("unchecked")
  public Map<String, Object> decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    Object value = JsonBytes.read(typeName(), bytes);
    if (value instanceof Map) {
      return (Map<String, Object>) value;
    }
    if (value instanceof List) {
      return fromPairs(bytes, (List<?>) value);
    }
    throw Utf8.undecodable(typeName(), bytes, EXPECTED, null);
  }

  /** The map of a JSON array of {@code [key, value]} pairs, as Python's {@code dict(pairs)}. */
  private Map<String, Object> fromPairs(byte[] bytes, List<?> pairs) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      Object item = pairs.get(i);
      if (!(item instanceof List) || ((List<?>) item).size() != 2) {
        throw Utf8.undecodable(typeName(), bytes,
            EXPECTED + " (item [" + i + "] is not a [key, value] pair)", null);
      }
      List<?> pair = (List<?>) item;
      if (!(pair.get(0) instanceof String)) {
        throw Utf8.undecodable(typeName(), bytes,
            EXPECTED + " (the key of item [" + i + "] is not a string)", null);
      }
      map.put((String) pair.get(0), pair.get(1));
    }
    return map;
  }

  @Override
  public Class<?> javaType() {
    return Map.class;
  }

  @Override
  public String typeName() {
    return "DICT";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

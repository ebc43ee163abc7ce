package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * DICT: a Map with String keys stored as JSON exactly as Python's {@code json.dumps} writes it;
 * reads keep the stored key order.
 */
final class JsonDictCodec implements FieldCodec<Map<String, Object>> {
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
    if (!(value instanceof Map)) {
      throw Utf8.undecodable(typeName(), bytes, "a JSON object such as b'{\"a\": 1}'", null);
    }
    return (Map<String, Object>) value;
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

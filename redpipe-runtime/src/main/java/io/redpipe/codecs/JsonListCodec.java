package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** LIST: a List stored as JSON exactly as Python's {@code json.dumps} writes it. */
final class JsonListCodec implements FieldCodec<List<Object>> {
  @Override
  public byte[] encode(List<Object> value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a List"));
    }
    return PythonJsonWriter.write(typeName(), value).getBytes(StandardCharsets.US_ASCII);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<Object> decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    Object value = JsonBytes.read(typeName(), bytes);
    if (!(value instanceof List)) {
      throw Utf8.undecodable(typeName(), bytes, "a JSON array such as b'[1, \"a\"]'", null);
    }
    return (List<Object>) value;
  }

  @Override
  public Class<?> javaType() {
    return List.class;
  }

  @Override
  public String typeName() {
    return "LIST";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

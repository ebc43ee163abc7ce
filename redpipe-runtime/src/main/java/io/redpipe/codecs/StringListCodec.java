package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.util.ArrayList;
import java.util.List;

/**
 * STRING_LIST: a List of Strings joined with {@code ","} as Python RedPipe stores it. The empty
 * list is stored as {@code ""}, which reads back as null (as in Python). Unlike Python, elements
 * that cannot round-trip are refused: one containing {@code ","} (Python would split it) or an
 * empty one (Python would drop it). Reads drop empty pieces like Python.
 */
final class StringListCodec implements FieldCodec<List<String>> {
  @Override
  public byte[] encode(List<String> value) {
    if (value == null) {
      throw new InvalidValue(Values.nullValue(typeName(), "a List of Strings"));
    }
    StringBuilder joined = new StringBuilder();
    int index = 0;
    for (Object element : value) {
      if (!(element instanceof String)) {
        throw new InvalidValue(typeName() + " expects a List of Strings, got "
            + Values.describe(element) + " at index " + index);
      }
      String text = (String) element;
      if (text.isEmpty() || text.indexOf(',') >= 0) {
        throw new InvalidValue(typeName() + " cannot store the element " + Values.quote(text)
            + " at index " + index + ": elements must be non-empty and must not contain ','"
            + " (they are joined with ','); use LIST to store any strings");
      }
      if (index > 0) {
        joined.append(',');
      }
      joined.append(text);
      index++;
    }
    return Utf8.encode(typeName(), joined.toString());
  }

  @Override
  public List<String> decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    List<String> list = new ArrayList<>();
    for (String piece : Utf8.decode(typeName(), bytes).split(",")) {
      if (!piece.isEmpty()) {
        list.add(piece);
      }
    }
    return list.isEmpty() ? null : list;
  }

  @Override
  public Class<?> javaType() {
    return List.class;
  }

  @Override
  public String typeName() {
    return "STRING_LIST";
  }

  @Override
  public String toString() {
    return typeName();
  }
}

package io.redpipe.codecs;

import io.redpipe.InvalidValue;
import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes JSON exactly as Python's {@code json.dumps} does with its defaults: {@code ", "} and
 * {@code ": "} separators, every character outside printable ASCII escaped as lowercase
 * {@code \\uXXXX} (surrogate pairs for characters beyond the BMP), floats as {@code repr} with
 * {@code NaN}, {@code Infinity} and {@code -Infinity}, keys in the map's order.
 *
 * <p>Values: null, Boolean, String, Character, Long/Integer/Short/Byte/BigInteger (integers),
 * Double/Float (floats), List (arrays) and Map with String keys (objects). Anything else is an
 * {@link InvalidValue} naming the element's path.
 */
final class PythonJsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String typeName;
  private final StringBuilder out = new StringBuilder();
  private final Set<Object> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private PythonJsonWriter(String typeName) {
    this.typeName = typeName;
  }

  /** Returns {@code value} as Python's {@code json.dumps(value)}; errors name {@code typeName}. */
  static String write(String typeName, Object value) {
    PythonJsonWriter writer = new PythonJsonWriter(typeName);
    writer.value(value, "");
    return writer.out.toString();
  }

  private void value(Object value, String path) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof Boolean) {
      out.append(((Boolean) value) ? "true" : "false");
    } else if (value instanceof String) {
      string((String) value);
    } else if (value instanceof Character) {
      string(value.toString());
    } else if (value instanceof Long || value instanceof Integer || value instanceof Short
        || value instanceof Byte || value instanceof BigInteger) {
      out.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      double number = value instanceof Float
          ? Double.parseDouble(value.toString())
          : (Double) value;
      out.append(floatText(number));
    } else if (value instanceof List || value instanceof Map) {
      if (!open.add(value)) {
        throw new InvalidValue(typeName + " cannot store a list or map that contains itself"
            + (path.isEmpty() ? "" : " (at " + path + ")"));
      }
      if (value instanceof List) {
        array((List<?>) value, path);
      } else {
        object((Map<?, ?>) value, path);
      }
      open.remove(value);
    } else {
      throw new InvalidValue(typeName + " cannot store " + Values.describe(value)
          + (path.isEmpty() ? "" : " at " + path)
          + " as JSON: expected null, Boolean, String, Long, Integer, Double, List or Map");
    }
  }

  private static String floatText(double number) {
    if (Double.isNaN(number)) {
      return "NaN";
    }
    if (Double.isInfinite(number)) {
      return number > 0 ? "Infinity" : "-Infinity";
    }
    return PythonFloatFormat.repr(number);
  }

  private void array(List<?> list, String path) {
    out.append('[');
    int index = 0;
    for (Object element : list) {
      if (index > 0) {
        out.append(", ");
      }
      value(element, path + "[" + index + "]");
      index++;
    }
    out.append(']');
  }

  private void object(Map<?, ?> map, String path) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      if (!(entry.getKey() instanceof String)) {
        throw new InvalidValue(typeName + " cannot store the key " + Values.describe(entry.getKey())
            + (path.isEmpty() ? "" : " at " + path) + ": JSON object keys must be Strings");
      }
      String key = (String) entry.getKey();
      if (!first) {
        out.append(", ");
      }
      first = false;
      string(key);
      out.append(": ");
      value(entry.getValue(), path + "[" + Values.quote(key) + "]");
    }
    out.append('}');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"': out.append("\\\""); break;
        case '\\': out.append("\\\\"); break;
        case '\n': out.append("\\n"); break;
        case '\r': out.append("\\r"); break;
        case '\t': out.append("\\t"); break;
        case '\b': out.append("\\b"); break;
        case '\f': out.append("\\f"); break;
        default:
          if (c >= 0x20 && c < 0x7f) {
            out.append(c);
          } else {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 0xf])
                .append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
          }
      }
    }
    out.append('"');
  }
}

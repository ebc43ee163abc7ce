package io.redpipe.codecs;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON as Python's {@code json.loads} does: standard JSON plus {@code NaN},
 * {@code Infinity} and {@code -Infinity}. Integral numbers become Long (BigInteger beyond the long
 * range), other numbers Double, objects LinkedHashMap in document order (a repeated key keeps its
 * first position and its last value), arrays ArrayList.
 */
final class PythonJsonReader {
  /** Invalid JSON; the message says where and what was expected. */
  static final class MalformedJson extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedJson(String message) {
      super(message);
    }
  }

  private static final int MAX_DEPTH = 1000;

  private final String text;
  private int position;
  private int depth;

  private PythonJsonReader(String text) {
    this.text = text;
  }

  /** Returns the one JSON value {@code text} holds, surrounded by optional whitespace. */
  static Object read(String text) throws MalformedJson {
    PythonJsonReader reader = new PythonJsonReader(text);
    reader.skipSpace();
    Object value = reader.value();
    reader.skipSpace();
    if (reader.position < text.length()) {
      throw reader.error("end of the JSON text");
    }
    return value;
  }

  private Object value() throws MalformedJson {
    if (position >= text.length()) {
      throw error("a JSON value");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{': return object();
      case '[': return array();
      case '"': return string();
      case 't': return literal("true", Boolean.TRUE);
      case 'f': return literal("false", Boolean.FALSE);
      case 'n': return literal("null", null);
      case 'N': return literal("NaN", Double.NaN);
      case 'I': return literal("Infinity", Double.POSITIVE_INFINITY);
      default:
        if (text.startsWith("-Infinity", position)) {
          return literal("-Infinity", Double.NEGATIVE_INFINITY);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("a JSON value");
    }
  }

  private Object literal(String word, Object value) throws MalformedJson {
    if (!text.startsWith(word, position)) {
      throw error("a JSON value");
    }
    position += word.length();
    return value;
  }

  private Map<String, Object> object() throws MalformedJson {
    enter();
    Map<String, Object> map = new LinkedHashMap<>();
    position++;
    skipSpace();
    if (peek() == '}') {
      position++;
      depth--;
      return map;
    }
    while (true) {
      if (peek() != '"') {
        throw error("a string key in double quotes");
      }
      String key = string();
      skipSpace();
      expect(':');
      skipSpace();
      map.put(key, value());
      skipSpace();
      if (peek() == ',') {
        position++;
        skipSpace();
      } else {
        expect('}');
        depth--;
        return map;
      }
    }
  }

  private List<Object> array() throws MalformedJson {
    enter();
    List<Object> list = new ArrayList<>();
    position++;
    skipSpace();
    if (peek() == ']') {
      position++;
      depth--;
      return list;
    }
    while (true) {
      list.add(value());
      skipSpace();
      if (peek() == ',') {
        position++;
        skipSpace();
      } else {
        expect(']');
        depth--;
        return list;
      }
    }
  }

  private String string() throws MalformedJson {
    position++;
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("a closing double quote");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        position--;
        throw error("an escape such as \\n instead of a raw control character");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char escape = position < text.length() ? text.charAt(position++) : '\0';
      switch (escape) {
        case '"': out.append('"'); break;
        case '\\': out.append('\\'); break;
        case '/': out.append('/'); break;
        case 'b': out.append('\b'); break;
        case 'f': out.append('\f'); break;
        case 'n': out.append('\n'); break;
        case 'r': out.append('\r'); break;
        case 't': out.append('\t'); break;
        case 'u': out.append(hexChar()); break;
        default:
          position--;
          throw error("a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)");
      }
    }
  }

  private char hexChar() throws MalformedJson {
    if (position + 4 > text.length()) {
      throw error("four hex digits");
    }
    int code = 0;
    for (int i = 0; i < 4; i++) {
      int digit = hexDigit(text.charAt(position));
      if (digit < 0) {
        throw error("four hex digits");
      }
      code = code * 16 + digit;
      position++;
    }
    return (char) code;
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  private Object number() throws MalformedJson {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    if (peek() == '0') {
      position++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a digit");
    }
    boolean integral = true;
    if (peek() == '.') {
      integral = false;
      position++;
      if (!isDigit(peek())) {
        throw error("a digit after the decimal point");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      integral = false;
      position++;
      if (peek() == '+' || peek() == '-') {
        position++;
      }
      if (!isDigit(peek())) {
        throw error("a digit in the exponent");
      }
      digits();
    }
    String number = text.substring(start, position);
    if (!integral) {
      return Double.parseDouble(number);
    }
    BigInteger big = new BigInteger(number);
    return big.bitLength() < Long.SIZE ? (Object) big.longValue() : big;
  }

  private void digits() {
    while (isDigit(peek())) {
      position++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private void enter() throws MalformedJson {
    if (++depth > MAX_DEPTH) {
      throw error("at most " + MAX_DEPTH + " nested arrays and objects");
    }
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void expect(char c) throws MalformedJson {
    if (peek() != c) {
      throw error("'" + c + "'");
    }
    position++;
  }

  private void skipSpace() {
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      position++;
    }
  }

  private MalformedJson error(String expected) {
    String found = position < text.length()
        ? Values.quote(text.substring(position, Math.min(text.length(), position + 10)))
        : "the end";
    return new MalformedJson(
        "invalid JSON at character " + position + ": expected " + expected + ", found " + found);
  }
}

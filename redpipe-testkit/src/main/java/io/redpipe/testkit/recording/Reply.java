package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A canned reply, written in the protocol the client speaks: a map is a RESP3 map or, under
 * RESP2, the flat array Redis sends instead; a double is a RESP3 double or a RESP2 bulk string;
 * {@code nil} is RESP3's null or RESP2's null bulk string.
 */
public abstract class Reply {
  Reply() {}

  abstract void write(ByteArrayOutputStream out, boolean resp3);

  /**
   * {@code +OK}.
   *
   * @return the reply
   */
  public static Reply ok() {
    return simple("OK");
  }

  /**
   * A simple string, e.g. {@code +PONG}.
   *
   * @param text the string, without line breaks
   * @return the reply
   */
  public static Reply simple(String text) {
    String checked = Objects.requireNonNull(text, "text");
    return line('+', checked);
  }

  /**
   * An error reply, e.g. {@code error("WRONGTYPE Operation against a key ...")}.
   *
   * @param message the error, starting with its code
   * @return the reply
   */
  public static Reply error(String message) {
    return line('-', Objects.requireNonNull(message, "message"));
  }

  /**
   * An integer.
   *
   * @param value the integer
   * @return the reply
   */
  public static Reply integer(long value) {
    return line(':', Long.toString(value));
  }

  /**
   * A bulk string of UTF-8 text.
   *
   * @param text the text
   * @return the reply
   */
  public static Reply bulk(String text) {
    return bulk(Objects.requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A bulk string.
   *
   * @param bytes the bytes
   * @return the reply
   */
  public static Reply bulk(byte[] bytes) {
    byte[] copy = Objects.requireNonNull(bytes, "bytes").clone();
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        writeLine(out, "$" + copy.length);
        out.writeBytes(copy);
        writeLine(out, "");
      }

      @Override
      public String toString() {
        return "bulk(" + new String(copy, StandardCharsets.UTF_8) + ")";
      }
    };
  }

  /**
   * The null reply (a missing key).
   *
   * @return the reply
   */
  public static Reply nil() {
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        writeLine(out, resp3 ? "_" : "$-1");
      }

      @Override
      public String toString() {
        return "nil";
      }
    };
  }

  /**
   * A double (RESP3 {@code ,}; a bulk string under RESP2).
   *
   * @param value the number
   * @return the reply
   */
  public static Reply doubleValue(double value) {
    String text = Double.toString(value);
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        if (resp3) {
          writeLine(out, "," + text);
        } else {
          bulk(text).write(out, false);
        }
      }
    };
  }

  /**
   * An array.
   *
   * @param items the elements
   * @return the reply
   */
  public static Reply array(Reply... items) {
    List<Reply> elements = List.copyOf(Arrays.asList(items));
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        writeLine(out, "*" + elements.size());
        elements.forEach(item -> item.write(out, resp3));
      }

      @Override
      public String toString() {
        return "array" + elements;
      }
    };
  }

  /**
   * Bulk strings of UTF-8 texts in an array, e.g. the reply of {@code SMEMBERS}.
   *
   * @param texts the texts
   * @return the reply
   */
  public static Reply texts(String... texts) {
    Reply[] items = new Reply[texts.length];
    for (int i = 0; i < texts.length; i++) {
      items[i] = bulk(texts[i]);
    }
    return array(items);
  }

  /**
   * A map of text keys and values, e.g. the reply of {@code HGETALL}: a RESP3 map, or the flat
   * array {@code key, value, ...} under RESP2.
   *
   * @param keysAndValues key, value, key, value, ...
   * @return the reply
   */
  public static Reply map(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("map(...) takes keys and values in pairs, not "
          + keysAndValues.length + " texts");
    }
    List<String> pairs = List.of(keysAndValues);
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        writeLine(out, (resp3 ? "%" + pairs.size() / 2 : "*" + pairs.size()));
        pairs.forEach(text -> bulk(text).write(out, resp3));
      }

      @Override
      public String toString() {
        return "map" + pairs;
      }
    };
  }

  private static Reply line(char type, String text) {
    return new Reply() {
      @Override
      void write(ByteArrayOutputStream out, boolean resp3) {
        writeLine(out, type + text);
      }

      @Override
      public String toString() {
        return type + text;
      }
    };
  }

  static void writeLine(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    out.write('\r');
    out.write('\n');
  }
}

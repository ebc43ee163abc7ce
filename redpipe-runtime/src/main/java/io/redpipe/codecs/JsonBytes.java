package io.redpipe.codecs;

/** Reads stored JSON bytes for the LIST and DICT codecs. */
final class JsonBytes {
  private JsonBytes() {}

  /** Returns the JSON value in {@code bytes}; UTF-8 or JSON errors are UndecodableValue. */
  static Object read(String typeName, byte[] bytes) {
    String text = Utf8.decode(typeName, bytes);
    try {
      return PythonJsonReader.read(text);
    } catch (PythonJsonReader.MalformedJson e) {
      throw Utf8.undecodable(typeName, bytes, "JSON (" + e.getMessage() + ")", e);
    }
  }
}

package io.redpipe.codecs;

import io.redpipe.annotations.FieldType;
import java.util.List;
import java.util.Map;

/**
 * The built-in codecs, one per {@link FieldType}, storing bytes exactly as Python RedPipe does.
 * See {@code docs/fields.md} for the stored bytes and the differences from Python.
 */
public final class Codecs {
  /** UTF-8 text; invalid UTF-8 does not decode. */
  public static final FieldCodec<String> TEXT = new TextCodec();

  /** Printable ASCII (0x20 to 0x7E) text. */
  public static final FieldCodec<String> ASCII = new AsciiCodec();

  /** Bytes as given. */
  public static final FieldCodec<byte[]> BINARY = new BinaryCodec();

  /** A whole number as decimal digits. */
  public static final FieldCodec<Long> INTEGER = new IntegerCodec();

  /** A double as Python's float repr without a trailing {@code ".0"}. */
  public static final FieldCodec<Double> FLOAT = new FloatCodec();

  /** {@code "1"} for true, {@code ""} for false; any non-empty bytes read as true. */
  public static final FieldCodec<Boolean> BOOLEAN = new BooleanCodec();

  /** A list as Python-compatible JSON. */
  public static final FieldCodec<List<Object>> LIST = new JsonListCodec();

  /** A map with String keys as Python-compatible JSON. */
  public static final FieldCodec<Map<String, Object>> DICT = new JsonDictCodec();

  /** A list of strings joined with {@code ","}. */
  public static final FieldCodec<List<String>> STRING_LIST = new StringListCodec();

  private Codecs() {}

  /**
   * Returns the codec for {@code type}.
   *
   * @param type a field type other than {@link FieldType#AUTO}
   * @return the built-in codec of that type
   * @throws IllegalArgumentException for {@link FieldType#AUTO}, which names no codec (infer the
   *     type from the Java type first)
   * @throws NullPointerException if {@code type} is null
   */
  public static FieldCodec<?> of(FieldType type) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    switch (type) {
      case TEXT: return TEXT;
      case ASCII: return ASCII;
      case BINARY: return BINARY;
      case INTEGER: return INTEGER;
      case FLOAT: return FLOAT;
      case BOOLEAN: return BOOLEAN;
      case LIST: return LIST;
      case DICT: return DICT;
      case STRING_LIST: return STRING_LIST;
      default:
        throw new IllegalArgumentException(
            "FieldType." + type + " names no codec: infer the type from the Java type first");
    }
  }
}

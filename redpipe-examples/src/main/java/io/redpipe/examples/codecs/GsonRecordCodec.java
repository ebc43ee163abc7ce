package io.redpipe.examples.codecs;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Bytes;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;

/**
 * Stores a record (or any Gson-serialisable class) as a JSON object, UTF-8. Subclass it for a
 * concrete type with a public no-argument constructor, as {@link PointCodec} does. Gson writes
 * compact JSON ({@code {"label":"a","x":1.0,"y":2.0}}), not Python's spacing; Python reads it
 * fine with {@code DictField} but writes it back with spaces, which this codec also reads.
 *
 * @param <T> the record type
 */
public class GsonRecordCodec<T> implements FieldCodec<T> {
  private static final Gson GSON = new Gson();

  private final Class<T> type;

  /** Creates the codec for {@code type}. */
  protected GsonRecordCodec(Class<T> type) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    this.type = type;
  }

  @Override
  public byte[] encode(T value) {
    if (value == null) {
      throw new InvalidValue(typeName() + " expects a " + type.getSimpleName() + ", got null");
    }
    try {
      return Codecs.TEXT.encode(GSON.toJson(value, type));
    } catch (IllegalArgumentException e) {
      throw new InvalidValue(typeName() + " cannot store " + value + " as JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public T decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    T value;
    try {
      value = GSON.fromJson(Codecs.TEXT.decode(bytes), type);
    } catch (JsonParseException | NumberFormatException | UndecodableValue e) {
      // Gson reports a wrongly typed member (e.g. "x": "far") as NumberFormatException.
      throw undecodable(bytes, e);
    }
    if (value == null) {
      throw undecodable(bytes, null);
    }
    return value;
  }

  private UndecodableValue undecodable(byte[] bytes, Exception cause) {
    return new UndecodableValue(typeName() + " cannot decode " + Bytes.printable(bytes)
        + ": expected a JSON object for " + type.getSimpleName(), cause);
  }

  @Override
  public Class<?> javaType() {
    return type;
  }
}

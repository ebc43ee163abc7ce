package io.redpipe.codecs;

import io.redpipe.InvalidValue;

/**
 * Converts one Java type to the bytes stored in Redis and back.
 *
 * <p>The nine built-in codecs are in {@link Codecs}. A custom codec is a class implementing this
 * interface; to use it with {@code @Field(codec = ...)} it needs a public no-argument constructor.
 *
 * <pre>{@code
 * public final class InstantMillisCodec implements FieldCodec<Instant> {
 *   public byte[] encode(Instant value) { ... }
 *   public Instant decode(byte[] bytes) { ... }
 *   public Class<?> javaType() { return Instant.class; }
 * }
 * }</pre>
 *
 * <p>Error contract: {@link #encode} throws {@link InvalidValue} for a value it cannot store, and
 * {@link #decode} throws {@link io.redpipe.UndecodableValue} for bytes it cannot read. Their
 * messages show the value or the bytes and the expected type but not the key or field: callers
 * prepend those.
 *
 * @param <T> the Java type of the values
 */
public interface FieldCodec<T> {
  /**
   * Returns the bytes to store for {@code value}.
   *
   * @param value the value to store
   * @return the bytes to store
   * @throws InvalidValue if the value cannot be stored (including {@code null} for the built-in
   *     codecs); the message shows the value and says what was expected
   */
  byte[] encode(T value);

  /**
   * Returns the value stored as {@code bytes}, or {@code null} when {@code bytes} is {@code null}
   * (a missing key or field).
   *
   * @param bytes the stored bytes, or {@code null} for a missing key or field
   * @return the decoded value, or {@code null} when {@code bytes} is {@code null}
   * @throws io.redpipe.UndecodableValue if the bytes do not decode; the message shows the bytes
   */
  T decode(byte[] bytes);

  /**
   * The Java type of the values, e.g. {@code Long.class} or {@code List.class}.
   *
   * @return the Java type of the values
   */
  Class<?> javaType();

  /**
   * The name used in messages: e.g. {@code "INTEGER"}; by default the codec's simple class name.
   *
   * @return the name of the type in messages
   */
  default String typeName() {
    return getClass().getSimpleName();
  }

  /**
   * Returns {@code value} as this codec's type, for callers holding an untyped value.
   * {@code null} is returned as {@code null}; {@link #encode} decides whether it may be stored.
   *
   * @param value an untyped value, or {@code null}
   * @return the value as this codec's type
   * @throws InvalidValue if the value is not of {@link #javaType()}; codecs may accept more (the
   *     INTEGER codec also takes Integer, Short and Byte)
   */
  @SuppressWarnings("unchecked")
  default T cast(Object value) {
    if (value == null || javaType().isInstance(value)) {
      return (T) value;
    }
    throw new InvalidValue(Values.expected(typeName(), javaType().getSimpleName(), value));
  }

  /**
   * Casts and encodes an untyped value: {@code encode(cast(value))}.
   *
   * @param value an untyped value
   * @return the bytes to store
   * @throws InvalidValue if the value is not of this codec's type or cannot be stored
   */
  default byte[] encodeObject(Object value) {
    return encode(cast(value));
  }
}

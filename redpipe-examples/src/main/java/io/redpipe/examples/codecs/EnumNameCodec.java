package io.redpipe.examples.codecs;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Bytes;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.util.Arrays;

/**
 * Stores an enum constant by its name, as UTF-8 text. Reusable: subclass it for a concrete enum
 * with a public no-argument constructor, which {@code @Field(codec = ...)} needs:
 *
 * <pre>{@code
 * public final class ColorCodec extends EnumNameCodec<Color> {
 *   public ColorCodec() { super(Color.class); }
 * }
 * }</pre>
 *
 * <p>Renaming a constant makes stored values with the old name undecodable.
 *
 * @param <E> the enum type
 */
public class EnumNameCodec<E extends Enum<E>> implements FieldCodec<E> {
  private final Class<E> enumType;

  /** Creates the codec for {@code enumType}. */
  protected EnumNameCodec(Class<E> enumType) {
    if (enumType == null) {
      throw new NullPointerException("enumType");
    }
    this.enumType = enumType;
  }

  /** Returns the constant's name as UTF-8. */
  @Override
  public byte[] encode(E value) {
    if (value == null) {
      throw new InvalidValue(typeName() + " expects a " + enumType.getSimpleName() + ", got null");
    }
    return Codecs.TEXT.encode(value.name());
  }

  /** Returns the constant with the stored name. */
  @Override
  public E decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    String name = Codecs.TEXT.decode(bytes);
    for (E constant : enumType.getEnumConstants()) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new UndecodableValue(typeName() + " cannot decode " + Bytes.printable(bytes)
        + ": expected one of " + Arrays.toString(enumType.getEnumConstants()));
  }

  /** Returns the enum type. */
  @Override
  public Class<?> javaType() {
    return enumType;
  }
}

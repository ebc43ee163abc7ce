package io.redpipe.examples.codecs;

/** Stores a {@link Color} by name: {@code @Field(codec = ColorCodec.class) Color color();}. */
public final class ColorCodec extends EnumNameCodec<Color> {
  /** Creates the codec; {@code @Field(codec = ...)} needs this public no-argument constructor. */
  public ColorCodec() {
    super(Color.class);
  }
}

package io.redpipe.examples.codecs;

/** Stores a {@link Point} as JSON: {@code @Field(codec = PointCodec.class) Point location();}. */
public final class PointCodec extends GsonRecordCodec<Point> {
  /** Creates the codec; {@code @Field(codec = ...)} needs this public no-argument constructor. */
  public PointCodec() {
    super(Point.class);
  }
}

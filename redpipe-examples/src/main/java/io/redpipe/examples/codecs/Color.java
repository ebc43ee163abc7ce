package io.redpipe.examples.codecs;

/** An example enum stored by {@link ColorCodec}. */
public enum Color {
  /** Red. */
  RED,
  /** Green. */
  GREEN,
  /** Blue. */
  BLUE
}

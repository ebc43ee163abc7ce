/**
 * Custom field codecs: an enum by name ({@link io.redpipe.examples.codecs.EnumNameCodec},
 * {@link io.redpipe.examples.codecs.ColorCodec}), an {@link java.time.Instant} as epoch
 * milliseconds ({@link io.redpipe.examples.codecs.InstantMillisCodec}) and a record as JSON
 * ({@link io.redpipe.examples.codecs.GsonRecordCodec}, {@link io.redpipe.examples.codecs.PointCodec}).
 */
package io.redpipe.examples.codecs;

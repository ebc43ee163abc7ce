/**
 * Field codecs: the nine RedPipe field types, byte-compatible with Python RedPipe
 * ({@link io.redpipe.codecs.Codecs}), and the {@link io.redpipe.codecs.FieldCodec} interface for
 * custom ones.
 */
package io.redpipe.codecs;

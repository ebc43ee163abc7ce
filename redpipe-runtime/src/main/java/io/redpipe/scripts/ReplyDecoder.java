package io.redpipe.scripts;

import io.redpipe.codecs.FieldCodec;
import java.util.List;
import java.util.Objects;

/**
 * Turns a script's raw reply into the script's result type. The raw reply is what Jedis reads
 * for the script's return value: {@code Long} for a Lua number, {@code byte[]} for a string or
 * status reply, {@code List} for a table, {@code null} for nil or false ({@code Boolean} for a
 * Lua boolean on a RESP3 connection). A decoder that throws fails that call's future (and so the
 * execute) with an {@link io.redpipe.UndecodableValue} naming the script and the reply.
 *
 * @param <T> the decoded type
 */
@FunctionalInterface
public interface ReplyDecoder<T> {
  /** The reply as Jedis read it. */
  ReplyDecoder<Object> RAW = Decoders.RAW;

  /** An integer reply (a numeric string is parsed too); {@code null} stays {@code null}. */
  ReplyDecoder<Long> LONG = Decoders.LONG;

  /** A string reply as UTF-8 text; {@code null} stays {@code null}. */
  ReplyDecoder<String> TEXT = Decoders.TEXT;

  /** A string reply's bytes; {@code null} stays {@code null}. */
  ReplyDecoder<byte[]> BYTES = Decoders.BYTES;

  /** Lua {@code true} (1 on RESP2) is true; {@code false}, nil and 0 are false. */
  ReplyDecoder<Boolean> BOOLEAN = Decoders.BOOLEAN;

  /**
   * Decodes a raw reply.
   *
   * @param reply the reply as Jedis read it; may be {@code null}
   * @return the decoded value
   * @throws RuntimeException when the reply does not have the expected shape
   */
  T decode(Object reply);

  /**
   * A table reply whose every element {@code element} decodes; {@code null} stays {@code null}.
   *
   * @param element decodes each element
   * @param <E> the element type
   * @return a decoder of lists
   */
  static <E> ReplyDecoder<List<E>> listOf(ReplyDecoder<E> element) {
    return new Decoders.ListOf<>(Objects.requireNonNull(element, "element"));
  }

  /**
   * A string reply decoded by a field codec, e.g. {@code Codecs.INTEGER} or a JSON codec (an
   * integer reply is decoded from its decimal digits); {@code null} stays {@code null}.
   *
   * @param codec the codec that decodes the reply's bytes
   * @param <T> the codec's type
   * @return a decoder using {@code codec}
   */
  static <T> ReplyDecoder<T> of(FieldCodec<T> codec) {
    return new Decoders.Codec<>(Objects.requireNonNull(codec, "codec"));
  }
}

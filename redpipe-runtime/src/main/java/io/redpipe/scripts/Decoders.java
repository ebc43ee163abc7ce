package io.redpipe.scripts;

import io.redpipe.codecs.FieldCodec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The decoders behind {@link ReplyDecoder}'s constants; each names itself in messages. */
final class Decoders {
  private Decoders() {}

  static final ReplyDecoder<Object> RAW = new Named<>("the raw reply") {
    @Override
    public Object decode(Object reply) {
      return reply;
    }
  };

  static final ReplyDecoder<Long> LONG = new Named<>("LONG") {
    @Override
    public Long decode(Object reply) {
      if (reply == null || reply instanceof Long) {
        return (Long) reply;
      }
      if (reply instanceof byte[]) {
        String text = new String((byte[]) reply, StandardCharsets.UTF_8);
        try {
          return Long.parseLong(text);
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("the string '" + text + "' is not an integer");
        }
      }
      throw unexpected(reply, "an integer");
    }
  };

  static final ReplyDecoder<String> TEXT = new Named<>("TEXT") {
    @Override
    public String decode(Object reply) {
      if (reply == null || reply instanceof String) {
        return (String) reply;
      }
      if (reply instanceof byte[]) {
        return new String((byte[]) reply, StandardCharsets.UTF_8);
      }
      throw unexpected(reply, "a string");
    }
  };

  static final ReplyDecoder<byte[]> BYTES = new Named<>("BYTES") {
    @Override
    public byte[] decode(Object reply) {
      if (reply == null || reply instanceof byte[]) {
        return (byte[]) reply;
      }
      if (reply instanceof String) {
        return ((String) reply).getBytes(StandardCharsets.UTF_8);
      }
      throw unexpected(reply, "a string");
    }
  };

  static final ReplyDecoder<Boolean> BOOLEAN = new Named<>("BOOLEAN") {
    @Override
    public Boolean decode(Object reply) {
      if (reply == null) {
        return Boolean.FALSE;
      }
      if (reply instanceof Boolean) {
        return (Boolean) reply;
      }
      if (reply instanceof Long && ((Long) reply == 0L || (Long) reply == 1L)) {
        return (Long) reply == 1L;
      }
      throw unexpected(reply, "a Lua boolean (1, 0 or nil on RESP2)");
    }
  };

  static IllegalArgumentException unexpected(Object reply, String expected) {
    return new IllegalArgumentException("expected " + expected + ", got "
        + (reply instanceof List ? "a table of " + ((List<?>) reply).size() + " element(s)"
            : reply.getClass().getSimpleName() + " " + reply));
  }

  /** A decoder with a name for messages. */
  abstract static class Named<T> implements ReplyDecoder<T> {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final class ListOf<E> extends Named<List<E>> {
    private final ReplyDecoder<E> element;

    ListOf(ReplyDecoder<E> element) {
      super("listOf(" + element + ")");
      this.element = element;
    }

    @Override
    public List<E> decode(Object reply) {
      if (reply == null) {
        return null;
      }
      if (!(reply instanceof List)) {
        throw unexpected(reply, "a table");
      }
      List<?> items = (List<?>) reply;
      List<E> out = new ArrayList<>(items.size());
      for (int i = 0; i < items.size(); i++) {
        try {
          out.add(element.decode(items.get(i)));
        } catch (RuntimeException e) {
          throw new IllegalArgumentException("element " + (i + 1) + ": " + e.getMessage(), e);
        }
      }
      return out;
    }
  }

  static final class Codec<T> extends Named<T> {
    private final FieldCodec<T> codec;

    Codec(FieldCodec<T> codec) {
      super("the codec " + codec.typeName());
      this.codec = codec;
    }

    @Override
    public T decode(Object reply) {
      if (reply == null) {
        return null;
      }
      if (reply instanceof byte[]) {
        return codec.decode((byte[]) reply);
      }
      if (reply instanceof Long || reply instanceof String) {
        return codec.decode(String.valueOf(reply).getBytes(StandardCharsets.UTF_8));
      }
      throw unexpected(reply, "a string");
    }
  }
}

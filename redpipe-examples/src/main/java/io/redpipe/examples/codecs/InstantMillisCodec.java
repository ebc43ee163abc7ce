package io.redpipe.examples.codecs;

import io.redpipe.InvalidValue;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Bytes;
import io.redpipe.codecs.Codecs;
import io.redpipe.codecs.FieldCodec;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Stores an {@link Instant} as epoch milliseconds in decimal digits, the bytes an INTEGER field
 * holds, so Python code can read it as {@code IntegerField}. Parts finer than a millisecond are
 * dropped (rounded toward the past), so {@code decode(encode(t))} equals
 * {@code t.truncatedTo(ChronoUnit.MILLIS)}.
 */
public final class InstantMillisCodec implements FieldCodec<Instant> {
  /** Creates the codec. */
  public InstantMillisCodec() {}

  @Override
  public byte[] encode(Instant value) {
    if (value == null) {
      throw new InvalidValue(typeName() + " expects an Instant, got null");
    }
    try {
      return Codecs.INTEGER.encode(value.toEpochMilli());
    } catch (ArithmeticException e) {
      throw new InvalidValue(typeName() + " cannot store Instant " + value
          + ": it is too far from 1970 to count in milliseconds as a long", e);
    }
  }

  @Override
  public Instant decode(byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return Instant.ofEpochMilli(Codecs.INTEGER.decode(bytes));
    } catch (UndecodableValue | DateTimeException e) {
      throw new UndecodableValue(typeName() + " cannot decode " + Bytes.printable(bytes)
          + ": expected epoch milliseconds such as b'1700000000000'", e);
    }
  }

  @Override
  public Class<?> javaType() {
    return Instant.class;
  }
}

package io.redpipe.examples.codecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.codecs.FieldCodec;
import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.RedisClient;

/** The example codecs' bytes survive a real Redis and decode to the same values. */
@RedisTest
class CustomCodecsRedisTest {
  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(new ColorCodec(), Color.GREEN),
        Arguments.of(new InstantMillisCodec(), Instant.ofEpochMilli(1_700_000_000_123L)),
        Arguments.of(new PointCodec(), new Point("\ud83d\udccd", 51.5, -0.12)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("values")
  void survivesRedis(FieldCodec<?> codec, Object value, RedisClient client) {
    byte[] key = ("examples:codecs:" + codec.typeName()).getBytes(StandardCharsets.UTF_8);
    client.set(key, codec.encodeObject(value));
    try {
      assertEquals(value, codec.decode(client.get(key)));
    } finally {
      client.del(key);
    }
  }
}

package io.redpipe.codecs;

import static io.redpipe.codecs.CodecAssertions.assertSameValue;
import static io.redpipe.codecs.CodecAssertions.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.redpipe.testkit.RedisTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import redis.clients.jedis.RedisClient;

/** Every type's encoded bytes survive a real Redis SET/GET and decode to the same value. */
@RedisTest
class CodecRedisRoundTripTest {
  private static final AtomicInteger KEYS = new AtomicInteger();

  static Stream<Arguments> values() {
    Map<String, Object> dict = new LinkedHashMap<>();
    dict.put("\u00fc\ud83d\ude00", Arrays.asList(1L, 2.5, null, true, "x"));
    dict.put("n", Map.of("deep", List.of(Double.NaN, -0.0)));
    return Stream.of(
        Arguments.of(Codecs.TEXT, "15\u00f8C \ud83d\ude00"),
        Arguments.of(Codecs.TEXT, ""),
        Arguments.of(Codecs.ASCII, "plain ascii ~"),
        Arguments.of(Codecs.BINARY, hex("00ff80c30a0d")),
        Arguments.of(Codecs.INTEGER, Long.MIN_VALUE),
        Arguments.of(Codecs.INTEGER, (1L << 53) + 1),
        Arguments.of(Codecs.FLOAT, 0.1 + 0.2),
        Arguments.of(Codecs.FLOAT, -0.0),
        Arguments.of(Codecs.FLOAT, Double.NaN),
        Arguments.of(Codecs.FLOAT, Double.NEGATIVE_INFINITY),
        Arguments.of(Codecs.FLOAT, 5e-324),
        Arguments.of(Codecs.BOOLEAN, true),
        Arguments.of(Codecs.BOOLEAN, false),
        Arguments.of(Codecs.LIST, Arrays.asList(1L, "\ud83d\ude00", List.of(), null, 1e22)),
        Arguments.of(Codecs.DICT, dict),
        Arguments.of(Codecs.STRING_LIST, List.of("a", "\u00e9", "\ud83d\ude00")));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("values")
  void survivesRedis(FieldCodec<?> codec, Object value, RedisClient client) {
    byte[] key = ("codecs:roundtrip:" + codec.typeName() + ":" + KEYS.incrementAndGet())
        .getBytes(StandardCharsets.UTF_8);
    byte[] stored = codec.encodeObject(value);
    client.set(key, stored);
    try {
      byte[] read = client.get(key);
      assertArrayEquals(stored, read);
      assertSameValue(value, codec.decode(read));
    } finally {
      client.del(key);
    }
  }
}

package io.redpipe.connections;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.util.KeyValue;

/** Finds out which protocol a client speaks by sending {@code HELLO} without arguments. */
final class Protocols {
  private Protocols() {}

  /** Asks the server; a server without HELLO (older than 6.0) speaks RESP2. */
  static RedisProtocol detect(UnifiedJedis client) {
    Object reply;
    try {
      reply = client.sendCommand(Protocol.Command.HELLO);
    } catch (JedisDataException e) {
      return RedisProtocol.RESP2;
    }
    Object proto = find(reply, "proto");
    if (proto instanceof Number && ((Number) proto).intValue() == 3) {
      return RedisProtocol.RESP3;
    }
    return RedisProtocol.RESP2;
  }

  private static Object find(Object reply, String wanted) {
    if (reply instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) reply).entrySet()) {
        if (wanted.equals(text(entry.getKey()))) {
          return entry.getValue();
        }
      }
    } else if (reply instanceof List) {
      List<?> items = (List<?>) reply;
      for (int i = 0; i < items.size(); i++) {
        Object item = items.get(i);
        if (item instanceof KeyValue) {
          KeyValue<?, ?> kv = (KeyValue<?, ?>) item;
          if (wanted.equals(text(kv.getKey()))) {
            return kv.getValue();
          }
        } else if (i + 1 < items.size() && wanted.equals(text(item))) {
          return items.get(i + 1);
        }
      }
    }
    return null;
  }

  private static String text(Object value) {
    return value instanceof byte[] ? new String((byte[]) value, StandardCharsets.UTF_8)
        : String.valueOf(value);
  }
}

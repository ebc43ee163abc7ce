package io.redpipe.keyspaces;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.util.KeyValue;

/**
 * Reads a field/value reply in server order from RESP2 (a flat array) or RESP3 (a map), unlike
 * Jedis' hash-map builders which lose the order.
 */
final class OrderedPairs extends Builder<List<Map.Entry<byte[], byte[]>>> {
  static final OrderedPairs INSTANCE = new OrderedPairs();

  private OrderedPairs() {}

  /** HGETALL key, its fields in server order. */
  static CommandObject<List<Map.Entry<byte[], byte[]>>> hgetall(byte[] key) {
    return new CommandObject<>(new CommandArguments(Protocol.Command.HGETALL).key(key), INSTANCE);
  }

  @Override
  public List<Map.Entry<byte[], byte[]>> build(Object data) {
    List<Map.Entry<byte[], byte[]>> out = new ArrayList<>();
    if (data == null) {
      return out;
    }
    List<?> items = (List<?>) data;
    if (!items.isEmpty() && items.get(0) instanceof KeyValue) {
      for (Object item : items) {
        KeyValue<?, ?> kv = (KeyValue<?, ?>) item;
        out.add(new SimpleImmutableEntry<>((byte[]) kv.getKey(), (byte[]) kv.getValue()));
      }
    } else {
      for (int i = 0; i + 1 < items.size(); i += 2) {
        out.add(new SimpleImmutableEntry<>((byte[]) items.get(i), (byte[]) items.get(i + 1)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "OrderedPairs";
  }
}

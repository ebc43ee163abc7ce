package io.redpipe.examples.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.redpipe.InvalidOperation;
import io.redpipe.RedPipe;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.testkit.RedisClusterFixture;
import io.redpipe.testkit.RedisClusterTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.RedisClusterClient;

@RedisClusterTest
class ShoppingCartsTest {
  @AfterEach
  void reset() {
    RedPipe.reset();
  }

  @Test
  void cartsOfManyUsersSpreadOverTheMastersAndCheckOutPerUser(RedisClusterFixture cluster,
      RedisClusterClient client) {
    ShoppingCarts.connect(client);
    Map<String, List<String>> items = new LinkedHashMap<>();
    for (int i = 0; i < 12; i++) {
      items.put("user" + i, i % 2 == 0 ? List.of("tea", "cake") : List.of("coffee"));
    }
    Map<String, Long> sizes = ShoppingCarts.addToCarts(items, null);
    items.forEach((user, bought) -> assertEquals((long) bought.size(), sizes.get(user)));

    Map<String, Long> ordered = ShoppingCarts.checkout(List.copyOf(items.keySet()));
    assertEquals(2L, ordered.get("user0"));
    assertEquals(1L, ordered.get("user1"));
    try (Jedis node = cluster.connect(cluster.masterFor(ShoppingCarts.orderKey("user0")))) {
      assertEquals(Set.of("tea", "cake"), node.smembers("order{user0}"));
      assertEquals(0L, node.exists("cart{user0}") ? 1L : 0L);
    }
  }

  @Test
  void aMultiKeyCommandOverTwoUsersIsRefusedBeforeSending(RedisClusterClient client) {
    ShoppingCarts.connect(client);
    try (Pipeline pipe = RedPipe.pipeline(ShoppingCarts.SHOP)) {
      InvalidOperation error = assertThrows(InvalidOperation.class,
          () -> pipe.sunionstore("order{ann}", "cart{bob}"));
      assertTrue(error.getMessage().contains("SUNIONSTORE over keys in several hash slots"),
          error.getMessage());
    }
  }
}

package com.example.inventory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import java.net.URI;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class InventoryTest {
  @Test
  void restocksAnItem() {
    try (RedisClient client = RedisClient.create(URI.create(System.getenv("REDIS_URL")))) {
      RedPipe.connect(client);
      try {
        assertEquals("Lamp 5 5", Inventory.restock(System.getenv("ITEM_ID"), 3));
      } finally {
        RedPipe.reset();
      }
    }
    System.out.println("modular ok: " + Inventory.class.getModule().getName() + " uses "
        + RedPipe.class.getModule().getName() + " and " + ItemStruct.class.getModule().getName());
  }
}

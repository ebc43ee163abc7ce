package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.redpipe.RedPipe;
import java.net.URI;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

class ShopTest {
  @Test
  void welcomesACustomer() {
    String id = System.getenv("CUSTOMER_ID");
    try (RedisClient client = RedisClient.create(URI.create(System.getenv("REDIS_URL")))) {
      RedPipe.connect(client);
      try {
        assertEquals("Ada visit 1", Shop.welcome(id, "Ada"));
      } finally {
        RedPipe.reset();
      }
    }
    System.out.println("consumer ok on Java " + Runtime.version().feature());
    System.out.println("consumer classpath: " + System.getProperty("surefire.test.class.path"));
  }
}

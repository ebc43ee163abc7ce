package com.example.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

class BootAppTest {
  @Test
  void theStarterGivesAContextBean() {
    String prefix = System.getenv("VISITOR_PREFIX");
    try (ConfigurableApplicationContext app = SpringApplication.run(BootApp.class,
        "--spring.data.redis.url=" + System.getenv("REDIS_URL"),
        "--spring.main.web-application-type=none")) {
      List<String> ids = List.of(prefix + "-1", prefix + "-2");
      assertEquals(List.of("visitor " + prefix + "-1", "visitor " + prefix + "-2"),
          app.getBean(VisitorBook.class).welcome(ids));
    }
    System.out.println("boot consumer ok with Jedis " + redis.clients.jedis.UnifiedJedis.class
        .getProtectionDomain().getCodeSource().getLocation());
  }
}

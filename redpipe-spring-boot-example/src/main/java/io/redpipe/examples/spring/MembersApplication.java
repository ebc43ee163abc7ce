package io.redpipe.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The example application: spring.data.redis.* says where Redis is. */
@SpringBootApplication
public class MembersApplication {
  public static void main(String[] args) {
    SpringApplication.run(MembersApplication.class, args);
  }
}

package io.redpipe.examples.demo;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;

/**
 * The two reusable functions the demo times. Each takes a nullable parent pipeline: alone it
 * costs one round trip, given a pipeline it joins that pipeline's round trip.
 */
public final class DemoUsers {
  private DemoUsers() {}

  /** Stores user {@code id} with four typed members (four HSET commands). */
  public static void create(String id, String name, long age, Pipeline parent) {
    RedPipe.autoexec(parent, pipe -> {
      DemoUserKeyspace users = DemoUserKeyspace.of(pipe);
      users.setName(id, name);
      users.setEmail(id, name.toLowerCase(java.util.Locale.ROOT) + "@example.com");
      users.setAge(id, age);
      users.setAdmin(id, age % 10 == 0);
      return null;
    });
  }

  /** Loads user {@code id} (one HGETALL), ready when the root pipeline executed. */
  public static Future<DemoUser> load(String id, Pipeline parent) {
    return DemoUserKeyspace.of(parent).view(id);
  }
}

package io.redpipe.examples.demo;

import io.redpipe.pipelines.Pipeline;
import java.util.Locale;

/**
 * The two operations the demo times, on the generated {@link DemoUserStruct}. Each takes a
 * nullable pipeline: {@code null} costs one round trip, a pipeline joins its round trip.
 */
public final class DemoUsers {
  private DemoUsers() {}

  /**
   * Creates user {@code id} (one HSET of four typed members, then one HGETALL reading it back);
   * the struct holds the values once the root pipeline executed.
   */
  public static DemoUserStruct create(String id, String name, long age, Pipeline pipe) {
    return DemoUserStruct.create(DemoUserStruct.with(id)
        .name(name)
        .email(name.toLowerCase(Locale.ROOT) + "@example.com")
        .age(age)
        .admin(age % 10 == 0), pipe);
  }

  /** Loads user {@code id} (one HGETALL); the struct holds the values once the root executed. */
  public static DemoUserStruct load(String id, Pipeline pipe) {
    return DemoUserStruct.load(id, pipe);
  }
}

package io.redpipe.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Skips a test (or every test of a class) when the server is older than {@link #value()}, with a
 * message that names both versions. Used with {@link RedisTest}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresRedis {
  /**
   * The minimum server version, e.g. {@code "7.0"}.
   *
   * @return the minimum server version
   */
  String value();
}

package io.redpipe.testkit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a test class that talks to a real Redis Cluster: see {@link RedisClusterExtension}.
 *
 * <pre>{@code
 * @RedisClusterTest
 * class ShardedCounterTest {
 *   @Test void counts(RedisClusterClient client) { assertEquals(1, client.incr("n")); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RedisClusterExtension.class)
public @interface RedisClusterTest {}

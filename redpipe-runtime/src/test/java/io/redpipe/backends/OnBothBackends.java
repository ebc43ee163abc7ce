package io.redpipe.backends;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.ClassTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs every test of the class twice: once against the shared single Redis server and once
 * against the shared three-master Redis Cluster; see {@link Backends}.
 *
 * <pre>{@code
 * @OnBothBackends
 * class CounterTest {
 *   @Test void counts(UnifiedJedis client) { assertEquals(1, RedPipe.pipeline()...); }
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ClassTemplate
@ExtendWith(Backends.class)
public @interface OnBothBackends {}

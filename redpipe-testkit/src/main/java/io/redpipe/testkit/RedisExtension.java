package io.redpipe.testkit;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;

/**
 * JUnit 5 extension that hands tests a real Redis server.
 *
 * <ul>
 *   <li>One server per test JVM, found or started by {@link RedisServers#start()} and stopped
 *       when the test run ends (a shutdown hook and a watchdog stop it on an interrupt or a
 *       killed JVM too).
 *   <li>Each test class starts on clean data: the server is flushed before the class runs
 *       ({@code FLUSHDB} of the URL's database when {@code REDIS_URL} is set, so point it only at
 *       a server you may wipe).
 *   <li>Test methods and constructors may take a {@link RedisServer} or a {@link RedisClient}
 *       ({@link UnifiedJedis}) parameter; the client is shared by the class and closed after it.
 *   <li>{@link RequiresRedis} skips tests on older servers, naming both versions.
 * </ul>
 */
public final class RedisExtension
    implements BeforeAllCallback, ParameterResolver, ExecutionCondition {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RedisExtension.class);

  /**
   * The server for this test run, started on first use.
   *
   * @param context the extension context of the test
   * @return the shared server of this test run
   */
  public static RedisServer server(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(RedisServer.class, k -> RedisServers.start().markShared(),
            RedisServer.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    RedisServer server = server(context);
    try (RedisClient client = server.newClient()) {
      if (server.source() == RedisServer.Source.REDIS_URL) {
        client.flushDB();
      } else {
        client.flushAll();
      }
    }
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<AnnotatedElement> element = context.getElement();
    Optional<RequiresRedis> requirement =
        element.flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresRedis.class));
    if (requirement.isEmpty()) {
      return ConditionEvaluationResult.enabled("no minimum Redis version");
    }
    RedisServer server = server(context);
    String minimum = requirement.get().value();
    if (server.isAtLeast(minimum)) {
      return ConditionEvaluationResult.enabled("Redis " + server.version() + " >= " + minimum);
    }
    return ConditionEvaluationResult.disabled("needs Redis " + minimum + " or newer; "
        + server + " is " + server.version());
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RedisServer.class || type == RedisClient.class || type == UnifiedJedis.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    RedisServer server = server(context);
    if (type == RedisServer.class) {
      return server;
    }
    ExtensionContext classContext = context.getTestClass().isPresent()
        ? classContext(context) : context;
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(RedisClient.class, k -> server.newClient(), RedisClient.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }
}

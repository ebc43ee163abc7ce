package io.redpipe.backends;

import io.redpipe.RedPipe;
import io.redpipe.testkit.RedisClusterExtension;
import io.redpipe.testkit.RedisExtension;
import io.redpipe.testkit.RequiresRedis;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContext;
import org.junit.jupiter.api.extension.ClassTemplateInvocationContextProvider;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import redis.clients.jedis.UnifiedJedis;

/**
 * JUnit 5 class-template provider behind {@link OnBothBackends}: one invocation of the class per
 * backend, named {@code [single]} and {@code [cluster]}.
 *
 * <p>Each invocation starts on clean data (the backend is flushed before it runs), opens one
 * client that its tests share, connects it as RedPipe's default connection before each test and
 * calls {@link RedPipe#reset()} after each. Test methods and constructors may take the
 * {@link UnifiedJedis} client or the {@link Backend}. {@link RequiresRedis} is checked against
 * the backend's own version.
 */
public final class Backends implements ClassTemplateInvocationContextProvider {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(Backends.class);

  @Override
  public boolean supportsClassTemplate(ExtensionContext context) {
    return context.getTestClass()
        .map(c -> AnnotationSupport.isAnnotated(c, OnBothBackends.class)).orElse(false);
  }

  @Override
  public Stream<ClassTemplateInvocationContext> provideClassTemplateInvocationContexts(
      ExtensionContext context) {
    return Stream.of(new Invocation(false), new Invocation(true));
  }

  /** One run of the class against one backend. */
  private static final class Invocation implements ClassTemplateInvocationContext,
      ParameterResolver, BeforeEachCallback, AfterEachCallback, ExecutionCondition {
    private final boolean cluster;
    private Backend backend;

    Invocation(boolean cluster) {
      this.cluster = cluster;
    }

    @Override
    public String getDisplayName(int invocationIndex) {
      return cluster ? "[cluster]" : "[single]";
    }

    @Override
    public List<Extension> getAdditionalExtensions() {
      return List.of(this);
    }

    @Override
    public void prepareInvocation(ExtensionContext context) {
      if (cluster) {
        new RedisClusterExtension().beforeAll(context);
        backend = Backend.cluster(RedisClusterExtension.cluster(context));
      } else {
        new RedisExtension().beforeAll(context);
        backend = Backend.single(RedisExtension.server(context));
      }
      Backend opened = backend;
      context.getStore(NAMESPACE).put(Backend.class, (AutoCloseable) opened::close);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      Class<?> type = parameter.getParameter().getType();
      return type == UnifiedJedis.class || type == Backend.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == Backend.class ? backend : backend.client();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
      RedPipe.reset();
      RedPipe.connect(backend.client());
    }

    @Override
    public void afterEach(ExtensionContext context) {
      RedPipe.reset();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      Optional<RequiresRedis> requirement = context.getElement()
          .flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresRedis.class));
      if (requirement.isEmpty() || backend == null) {
        return ConditionEvaluationResult.enabled("no minimum Redis version");
      }
      String minimum = requirement.get().value();
      String version = backend.version();
      return backend.isAtLeast(minimum)
          ? ConditionEvaluationResult.enabled("Redis " + version + " >= " + minimum)
          : ConditionEvaluationResult.disabled("needs Redis " + minimum + " or newer; the "
              + backend + " backend is " + version);
    }
  }
}

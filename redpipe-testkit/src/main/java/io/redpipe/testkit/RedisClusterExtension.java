package io.redpipe.testkit;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import redis.clients.jedis.RedisClusterClient;

/**
 * JUnit 5 extension that hands tests a real Redis Cluster of three masters without replicas.
 *
 * <ul>
 *   <li>One cluster per test JVM, started by {@link RedisClusterFixture#start(int, int)} on
 *       first use and stopped when the test run ends. When a test class stopped one of its nodes,
 *       the next class gets a fresh cluster (better: stop nodes only in a cluster of your own).
 *   <li>Each test class starts on clean data: every master is flushed before the class runs.
 *       A class that migrates slots leaves them migrated; tests ask
 *       {@link RedisClusterFixture#masterFor} rather than assuming a layout.
 *   <li>Test methods and constructors may take a {@link RedisClusterFixture} or a
 *       {@link RedisClusterClient} parameter; the client is shared by the class and closed after
 *       it.
 * </ul>
 */
public final class RedisClusterExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RedisClusterExtension.class);

  /**
   * The cluster for this test run, started on first use.
   *
   * @param context the extension context of the test
   * @return the shared cluster of this test run
   */
  public static RedisClusterFixture cluster(ExtensionContext context) {
    return shared(context).get();
  }

  private static SharedCluster shared(ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(SharedCluster.class, k -> new SharedCluster(), SharedCluster.class);
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    shared(context).renewIfBroken().flushAll();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == RedisClusterFixture.class || type == RedisClusterClient.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    RedisClusterFixture cluster = cluster(context);
    if (parameter.getParameter().getType() == RedisClusterFixture.class) {
      return cluster;
    }
    return classContext(context).getStore(NAMESPACE).getOrComputeIfAbsent(
        RedisClusterClient.class, k -> cluster.newClient(), RedisClusterClient.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  /** Holds the JVM's cluster; JUnit closes it when the test run ends. */
  private static final class SharedCluster implements AutoCloseable {
    private RedisClusterFixture cluster;

    synchronized RedisClusterFixture renewIfBroken() {
      if (cluster != null && !cluster.isIntact()) {
        cluster.close();
        cluster = null;
      }
      return get();
    }

    synchronized RedisClusterFixture get() {
      if (cluster == null) {
        cluster = RedisClusterFixture.start(3, 0);
      }
      return cluster;
    }

    @Override
    public synchronized void close() {
      if (cluster != null) {
        cluster.close();
        cluster = null;
      }
    }
  }
}

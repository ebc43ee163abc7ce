package io.redpipe;

import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import java.util.Objects;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * RedPipe's entry point: named connections, root and nested pipelines, and autoexec.
 *
 * <p>Connect before creating pipelines: a pipeline takes its connection's command builders when
 * it is created. Nothing touches the network until a root pipeline executes.
 */
public final class RedPipe {
  /** The name of the default connection. */
  public static final String DEFAULT = "";

  private RedPipe() {}

  /**
   * Connects {@code client} as the default connection, without transactions.
   *
   * @param client the Jedis client, which RedPipe uses but never closes
   */
  public static void connect(UnifiedJedis client) {
    connect(DEFAULT, client, false);
  }

  /**
   * Connects {@code client} under {@code name} ({@code null} or {@code ""}: the default).
   *
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @param client the Jedis client, which RedPipe uses but never closes
   */
  public static void connect(String name, UnifiedJedis client) {
    connect(name, client, false);
  }

  /**
   * Connects {@code client} under {@code name}; with {@code transaction} each batch sent to it
   * runs inside MULTI/EXEC. Sends one HELLO to learn the client's protocol. Connecting the same
   * client (or one for the same server and database) again is a no-op.
   *
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @param client the Jedis client, which RedPipe uses but never closes
   * @param transaction whether each batch sent on this connection runs inside MULTI/EXEC
   * @throws AlreadyConnected when a client for another server already holds the name
   */
  public static void connect(String name, UnifiedJedis client, boolean transaction) {
    Objects.requireNonNull(client, "client");
    ConnectionRegistry.global().connect(name, client, transaction);
  }

  /**
   * Like {@link #connect(String, UnifiedJedis, boolean)} but without the {@code HELLO} round
   * trip: {@code protocol} must be the protocol the client speaks (Jedis 8's {@code RedisClient}
   * defaults to RESP3). When another client already holds {@code name}, both are still asked
   * which server they talk to.
   *
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @param client the Jedis client, which RedPipe uses but never closes
   * @param transaction whether each batch sent on this connection runs inside MULTI/EXEC
   * @param protocol the protocol the client speaks
   */
  public static void connect(String name, UnifiedJedis client, boolean transaction,
      RedisProtocol protocol) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(protocol, "protocol");
    ConnectionRegistry.global().connect(name, client, transaction, protocol);
  }

  /** Removes the default connection; nothing happens when there is none. */
  public static void disconnect() {
    disconnect(DEFAULT);
  }

  /**
   * Removes the connection {@code name}; nothing happens when there is none.
   *
   * @param name the connection name, {@code null} or {@code ""} for the default
   */
  public static void disconnect(String name) {
    ConnectionRegistry.global().disconnect(name);
  }

  /** Removes every connection (for tests and shutdown); the clients stay open. */
  public static void reset() {
    ConnectionRegistry.global().reset();
  }

  /**
   * Returns a new root pipeline on the default connection.
   *
   * @return a new root pipeline on the default connection
   */
  public static Pipeline pipeline() {
    return pipeline(null, DEFAULT);
  }

  /**
   * Returns a new root pipeline on connection {@code name}.
   *
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @return a new root pipeline on connection {@code name}
   */
  public static Pipeline pipeline(String name) {
    return pipeline(null, name);
  }

  /**
   * Returns a pipeline nested in {@code parent} on the default connection, or a root when
   * {@code parent} is {@code null}. As in Python RedPipe, a nested pipeline's connection does not
   * come from its parent.
   *
   * @param parent the pipeline to nest in, or {@code null} for a root
   * @return a nested pipeline, or a root when {@code parent} is {@code null}
   */
  public static Pipeline pipeline(Pipeline parent) {
    return pipeline(parent, DEFAULT);
  }

  /**
   * Returns a pipeline nested in {@code parent} on connection {@code name}, or a root on
   * {@code name} when {@code parent} is {@code null}.
   *
   * @param parent the pipeline to nest in, or {@code null} for a root
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @return a nested pipeline, or a root when {@code parent} is {@code null}
   */
  public static Pipeline pipeline(Pipeline parent, String name) {
    return Pipelines.nested(ConnectionRegistry.global(), parent, name);
  }

  /**
   * {@link #autoexec(Pipeline, String, PipelineBody)} on the default connection.
   *
   * @param <T> the type of the body's result
   * @param parent the pipeline to nest in, or {@code null} for a root
   * @param body queues the commands and returns the result
   * @return what {@code body} returned
   */
  public static <T> T autoexec(Pipeline parent, PipelineBody<T> body) {
    return autoexec(parent, DEFAULT, body);
  }

  /**
   * Runs {@code body} with a pipeline nested in {@code parent} (a root when {@code parent} is
   * {@code null}) on connection {@code name}, and executes that pipeline when the body returns
   * normally. With no parent the futures are ready on return; else they are filled when the root
   * executes. When the body throws, nothing it queued is sent and the exception propagates.
   *
   * @param <T> the type of the body's result
   * @param parent the pipeline to nest in, or {@code null} for a root
   * @param name the connection name, {@code null} or {@code ""} for the default
   * @param body queues the commands and returns the result
   * @return what {@code body} returned
   */
  public static <T> T autoexec(Pipeline parent, String name, PipelineBody<T> body) {
    Objects.requireNonNull(body, "body");
    try (Pipeline pipe = pipeline(parent, name)) {
      T result = body.run(pipe);
      pipe.execute();
      return result;
    }
  }

  /** Sends the batches of several connections in parallel (the default). */
  public static void enableThreads() {
    ConnectionRegistry.global().setThreadsEnabled(true);
  }

  /** Sends the batches of several connections one after the other, in the calling thread. */
  public static void disableThreads() {
    ConnectionRegistry.global().setThreadsEnabled(false);
  }
}

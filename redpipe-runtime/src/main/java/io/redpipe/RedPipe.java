package io.redpipe;

import io.redpipe.pipelines.Pipeline;
import java.util.Objects;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * RedPipe's entry point: named connections, root and nested pipelines, and autoexec, on the
 * default context. Each static method is the same method of {@link #defaultContext()}; create
 * {@link RedPipeContext}s for independent sets of connections (tenants, tests in parallel).
 *
 * <p>Connect before creating pipelines: a pipeline takes its connection's command builders when
 * it is created. Nothing touches the network until a root pipeline executes.
 */
public final class RedPipe {
  /** The name of the default connection. */
  public static final String DEFAULT = "";

  /** The only process-wide state of RedPipe. */
  private static final RedPipeContext DEFAULT_CONTEXT = RedPipeContext.newDefault();

  private RedPipe() {}

  /**
   * The context behind RedPipe's static methods, and the one a {@code null} scope means. It
   * can't be closed; {@link #reset()} removes its connections.
   *
   * @return the default context
   */
  public static RedPipeContext defaultContext() {
    return DEFAULT_CONTEXT;
  }

  /**
   * The context a call with {@code scope} runs on.
   *
   * @param scope a pipeline, a context, or {@code null}
   * @return the scope's context, or the default context for {@code null}
   */
  public static RedPipeContext contextOf(Scope scope) {
    return scope == null ? DEFAULT_CONTEXT : scope.context();
  }

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
   * @throws AlreadyConnected when a client for another server already holds the name, or RedPipe
   *     can't tell whether the new client reaches the same server
   * @throws ConnectFailed when the server refuses the client at HELLO (WRONGPASS, NOAUTH,
   *     NOPERM, ...) or can't be reached
   */
  public static void connect(String name, UnifiedJedis client, boolean transaction) {
    Objects.requireNonNull(client, "client");
    DEFAULT_CONTEXT.connect(name, client, transaction);
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
    DEFAULT_CONTEXT.connect(name, client, transaction, protocol);
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
    DEFAULT_CONTEXT.disconnect(name);
  }

  /** Removes every connection (for tests and shutdown); the clients stay open. */
  public static void reset() {
    DEFAULT_CONTEXT.reset();
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
   * {@code parent} is {@code null} or a context. As in Python RedPipe, a nested pipeline's
   * connection does not come from its parent.
   *
   * @param parent a pipeline to nest in (of any context), a context, or {@code null} (a root on
   *     the default context)
   * @return the pipeline, on {@code parent}'s context
   */
  public static Pipeline pipeline(Scope parent) {
    return pipeline(parent, DEFAULT);
  }

  /**
   * Returns a pipeline nested in {@code parent} on connection {@code name}, or a root on
   * {@code name} when {@code parent} is {@code null} or a context. The pipeline belongs to
   * {@code parent}'s context ({@link #contextOf}).
   *
   * @param parent a pipeline to nest in (of any context), a context, or {@code null} (a root on
   *     the default context)
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the pipeline
   */
  public static Pipeline pipeline(Scope parent, String name) {
    return contextOf(parent).pipeline(parent, name);
  }

  /**
   * {@link #autoexec(Scope, String, PipelineBody)} on the default connection.
   *
   * @param parent a pipeline to join, a context to run on at once, or {@code null}
   * @param body queues commands on the pipeline it is given
   * @param <T> the type of the body's result
   * @return what the body returned
   */
  public static <T> T autoexec(Scope parent, PipelineBody<T> body) {
    return autoexec(parent, DEFAULT, body);
  }

  /**
   * Runs {@code body} with a pipeline nested in {@code parent} (a root when {@code parent} is
   * {@code null} or a context) on connection {@code name}, and executes that pipeline when the
   * body returns normally. With no parent the futures are complete on return; else they are
   * completed when the root executes. When the body throws, nothing it queued is sent and the
   * exception propagates. Runs on {@code parent}'s context, so functions written with it work
   * on any context they are given a pipeline or context of.
   *
   * @param parent a pipeline to join, a context to run on at once, or {@code null} (at once on
   *     the default context)
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @param body queues commands on the pipeline it is given
   * @param <T> the type of the body's result
   * @return what the body returned
   * @throws PipelineFailed when the pipeline was a root and its execute failed
   */
  public static <T> T autoexec(Scope parent, String name, PipelineBody<T> body) {
    Objects.requireNonNull(body, "body");
    return contextOf(parent).autoexec(parent, name, body);
  }

  /** Sends the batches of several connections in parallel (the default). */
  public static void enableThreads() {
    DEFAULT_CONTEXT.enableThreads();
  }

  /** Sends the batches of several connections one after the other, in the calling thread. */
  public static void disableThreads() {
    DEFAULT_CONTEXT.disableThreads();
  }
}

package io.redpipe;

import io.redpipe.connections.Connection;
import io.redpipe.connections.ConnectionRegistry;
import io.redpipe.observability.ExecuteListener;
import io.redpipe.observability.Listeners;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import io.redpipe.pipelines.Watchdog;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.UnifiedJedis;

/**
 * An independent RedPipe: its own named connections, the threads that send their batches, and
 * the executor of {@link Pipeline#executeAsync()}. Two contexts in one JVM never see each
 * other's connections; a pipeline, keyspace or struct call runs on the context of the pipeline
 * it is given.
 *
 * <pre>{@code
 * try (RedPipeContext tenant = RedPipeContext.create()) {
 *   tenant.connect(RedisClient.create("tenant-a.example", 6379));
 *   try (Pipeline pipe = tenant.pipeline()) {
 *     UserStruct jack = UserStruct.load("1", pipe);
 *     pipe.execute();
 *   }
 *   UserKeyspace.of(tenant).getName("1");   // one round trip on this context
 * }
 * }</pre>
 *
 * <p>Creating a context does no I/O and starts no thread. {@link RedPipe}'s static methods use
 * one default context, {@link RedPipe#defaultContext()}. A context is thread-safe; each thread
 * uses its own pipelines. {@link #close()} removes the connections (it does not close the Jedis
 * clients, which the application owns and may share) and stops the context's threads; using a
 * closed context, or executing a pipeline of it, throws {@link InvalidPipeline}.
 */
public final class RedPipeContext implements Scope, AutoCloseable {
  private final String name;
  private final boolean isDefault;
  private final ConnectionRegistry connections;
  private final ThreadPoolExecutor batchThreads;
  private final Executor asyncExecutor;
  /** The async executor when the context made it (closed with the context), else null. */
  private final ExecutorService ownAsyncExecutor;
  private final Watchdog watchdog;
  private final Duration executeTimeout;
  private final Listeners listeners = new Listeners();
  private volatile boolean threadsEnabled;
  private volatile boolean closed;

  /** The default {@link Builder#executeTimeout}. */
  public static final Duration DEFAULT_EXECUTE_TIMEOUT = Duration.ofSeconds(10);

  private RedPipeContext(Builder builder, boolean isDefault) {
    this.name = builder.name != null ? builder.name
        : "context-" + Integer.toHexString(System.identityHashCode(this));
    this.isDefault = isDefault;
    this.connections = isDefault ? new ConnectionRegistry()
        : new ConnectionRegistry("context.", " of " + this);
    this.batchThreads = ContextThreads.newBatchPool(name);
    if (builder.asyncExecutor != null) {
      this.asyncExecutor = builder.asyncExecutor;
      this.ownAsyncExecutor = null;
    } else {
      ThreadPoolExecutor own = ContextThreads.newAsyncPool(name);
      this.asyncExecutor = own;
      this.ownAsyncExecutor = own;
    }
    this.threadsEnabled = builder.threadsEnabled;
    this.executeTimeout = builder.executeTimeout;
    this.watchdog = new Watchdog("redpipe-" + name + "-deadline");
    builder.listeners.forEach(listeners::add);
  }

  /**
   * Returns a new context with the defaults: batches of several connections sent in parallel,
   * {@code executeAsync} on up to 16 daemon threads of the context's own.
   *
   * @return a new, open context with no connection
   */
  public static RedPipeContext create() {
    return builder().build();
  }

  /**
   * Returns a builder of a context with settings of its own.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The default context behind {@link RedPipe}'s static methods; only RedPipe makes it. */
  static RedPipeContext newDefault() {
    Builder builder = builder().name("default");
    return new RedPipeContext(builder, true);
  }

  /**
   * The context's name, as messages and thread names show it.
   *
   * @return the name given to the builder, {@code "default"} for the default context, or a
   *     generated {@code context-<hex>}
   */
  public String name() {
    return name;
  }

  /** Returns this context: a context is the scope of calls that run at once on it. */
  @Override
  public RedPipeContext context() {
    return this;
  }

  // ------------------------------------------------------------------ connections

  /**
   * Connects {@code client} as the default connection, without transactions.
   *
   * @param client the Jedis client
   * @throws AlreadyConnected when a client for another server already holds the name, or RedPipe
   *     can't tell whether the new client reaches the same server
   * @throws ConnectFailed when the server refuses the client at HELLO (WRONGPASS, NOAUTH,
   *     NOPERM, ...) or can't be reached
   * @throws InvalidPipeline when the context is closed
   */
  public void connect(UnifiedJedis client) {
    connect(RedPipe.DEFAULT, client, false);
  }

  /**
   * Connects {@code client} under {@code name}, without transactions.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @param client the Jedis client
   * @throws AlreadyConnected when a client for another server already holds the name
   * @throws InvalidPipeline when the context is closed
   */
  public void connect(String name, UnifiedJedis client) {
    connect(name, client, false);
  }

  /**
   * Connects {@code client} under {@code name}; with {@code transaction} each batch sent to it
   * runs inside MULTI/EXEC. Sends one HELLO to learn the client's protocol. Connecting the same
   * client (or one for the same server and database) again is a no-op.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @param client the Jedis client
   * @param transaction whether each batch runs inside MULTI/EXEC
   * @throws AlreadyConnected when a client for another server already holds the name
   * @throws IllegalArgumentException when {@code transaction} is asked for a cluster client
   * @throws InvalidPipeline when the context is closed
   */
  public void connect(String name, UnifiedJedis client, boolean transaction) {
    Objects.requireNonNull(client, "client");
    ensureOpen();
    connections.connect(name, client, transaction);
  }

  /**
   * Like {@link #connect(String, UnifiedJedis, boolean)} but without the {@code HELLO} round
   * trip: {@code protocol} must be the protocol the client speaks (Jedis 8's {@code RedisClient}
   * defaults to RESP3). When another client already holds {@code name}, both are still asked
   * which server they talk to.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @param client the Jedis client
   * @param transaction whether each batch runs inside MULTI/EXEC
   * @param protocol the protocol the client speaks
   * @throws AlreadyConnected when a client for another server already holds the name
   * @throws IllegalArgumentException when {@code transaction} is asked for a cluster client
   * @throws InvalidPipeline when the context is closed
   */
  public void connect(String name, UnifiedJedis client, boolean transaction,
      RedisProtocol protocol) {
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(protocol, "protocol");
    ensureOpen();
    connections.connect(name, client, transaction, protocol);
  }

  /** Removes the default connection; nothing happens when there is none. */
  public void disconnect() {
    disconnect(RedPipe.DEFAULT);
  }

  /**
   * Removes a connection; nothing happens when there is none. The client stays open.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   */
  public void disconnect(String name) {
    connections.disconnect(name);
  }

  /** Removes every connection (for tests and shutdown); the clients stay open. */
  public void reset() {
    connections.reset();
  }

  /**
   * Returns a configured connection.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the connection, or {@code null} when none is configured under {@code name}
   */
  public Connection connection(String name) {
    return connections.find(name);
  }

  /**
   * The named connections of this context.
   *
   * @return the registry pipelines of this context find their connections in
   */
  public ConnectionRegistry connections() {
    return connections;
  }

  // ------------------------------------------------------------------ pipelines

  /**
   * Returns a new root pipeline on the default connection.
   *
   * @return the pipeline; close it (try-with-resources) when done
   * @throws InvalidPipeline when the context is closed
   */
  public Pipeline pipeline() {
    return pipeline(null, RedPipe.DEFAULT);
  }

  /**
   * Returns a new root pipeline on connection {@code name}.
   *
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the pipeline
   * @throws InvalidPipeline when the context is closed
   */
  public Pipeline pipeline(String name) {
    return pipeline(null, name);
  }

  /**
   * Returns a pipeline nested in {@code parent} on the default connection, or a root when
   * {@code parent} is {@code null} or this context.
   *
   * @param parent a pipeline of this context, this context, or {@code null}
   * @return the pipeline
   * @throws InvalidPipeline when the context is closed, or {@code parent} belongs to another
   *     context
   */
  public Pipeline pipeline(Scope parent) {
    return pipeline(parent, RedPipe.DEFAULT);
  }

  /**
   * Returns a pipeline nested in {@code parent} on connection {@code name}, or a root on
   * {@code name} when {@code parent} is {@code null} or this context. As in Python RedPipe, a
   * nested pipeline's connection does not come from its parent.
   *
   * @param parent a pipeline of this context, this context, or {@code null}
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @return the pipeline
   * @throws InvalidPipeline when the context is closed, or {@code parent} belongs to another
   *     context
   */
  public Pipeline pipeline(Scope parent, String name) {
    ensureOpen();
    if (parent == null || parent == this) {
      return Pipelines.root(this, name);
    }
    if (!(parent instanceof Pipeline)) {
      if (parent instanceof RedPipeContext) {
        throw new InvalidPipeline("can't run on " + parent + " from " + this
            + ": a call runs on one context; pass a pipeline or scope of " + this);
      }
      throw new InvalidPipeline("the parent " + parent + " is not a RedPipe pipeline or context:"
          + " create pipelines with RedPipe.pipeline(...) or context.pipeline(...)");
    }
    return Pipelines.nested(this, (Pipeline) parent, name);
  }

  /**
   * {@link #autoexec(Scope, String, PipelineBody)} on the default connection.
   *
   * @param parent a pipeline of this context to join, this context, or {@code null}
   * @param body queues commands on the pipeline it is given
   * @param <T> the type of the body's result
   * @return what the body returned
   * @throws PipelineFailed when the pipeline was a root and its execute failed
   */
  public <T> T autoexec(Scope parent, PipelineBody<T> body) {
    return autoexec(parent, RedPipe.DEFAULT, body);
  }

  /**
   * Runs {@code body} with a pipeline nested in {@code parent} (a root when {@code parent} is
   * {@code null} or this context) on connection {@code name}, and executes that pipeline when
   * the body returns normally. With no parent the futures are complete on return; else they are
   * completed when the root executes. When the body throws, nothing it queued is sent and the
   * exception propagates.
   *
   * @param parent a pipeline of this context to join, this context, or {@code null}
   * @param name the connection's name; {@code null} or {@code ""} is the default connection
   * @param body queues commands on the pipeline it is given
   * @param <T> the type of the body's result
   * @return what the body returned
   * @throws PipelineFailed when the pipeline was a root and its execute failed
   * @throws InvalidPipeline when the context is closed, or {@code parent} belongs to another
   *     context
   */
  public <T> T autoexec(Scope parent, String name, PipelineBody<T> body) {
    Objects.requireNonNull(body, "body");
    try (Pipeline pipe = pipeline(parent, name)) {
      T result = body.run(pipe);
      pipe.execute();
      return result;
    }
  }

  // ------------------------------------------------------------------ threads

  /** Sends the batches of several connections (or cluster nodes) in parallel (the default). */
  public void enableThreads() {
    threadsEnabled = true;
  }

  /** Sends the batches of several connections one after the other, in the executing thread. */
  public void disableThreads() {
    threadsEnabled = false;
  }

  /**
   * Whether batches for several connections are sent in parallel.
   *
   * @return true unless {@link #disableThreads()} was called
   */
  public boolean threadsEnabled() {
    return threadsEnabled;
  }

  /**
   * The daemon threads that send the batches of several connections (or cluster nodes) at once:
   * started on demand, ending when idle. When all are busy a batch runs in the executing thread.
   *
   * @return the context's batch threads
   */
  public Executor batchThreads() {
    return batchThreads;
  }

  /**
   * Where {@link Pipeline#executeAsync()} runs executes: the builder's executor, or the
   * context's own pool of up to 16 daemon threads (more executes wait in a queue).
   *
   * @return the executor of asynchronous executes
   */
  public Executor asyncExecutor() {
    return asyncExecutor;
  }

  /**
   * How long a root execute may take, from its start to its last reply: waiting for pooled
   * connections, writing and reading, on every connection and node.
   *
   * @return the builder's {@link Builder#executeTimeout}, by default 10 seconds
   */
  public Duration executeTimeout() {
    return executeTimeout;
  }

  /**
   * The timer that closes the connection of a batch whose execute timeout passed; part of the
   * execution core.
   *
   * @return the context's watchdog
   */
  public Watchdog watchdog() {
    return watchdog;
  }

  // ------------------------------------------------------------------ listeners

  /**
   * Adds a listener of this context's root executes (see {@link ExecuteListener}); adding it
   * again does nothing. Executes started before may not see it.
   *
   * @param listener the listener
   */
  public void addListener(ExecuteListener listener) {
    listeners.add(listener);
  }

  /**
   * Removes a listener; nothing happens when it was not added.
   *
   * @param listener the listener
   */
  public void removeListener(ExecuteListener listener) {
    listeners.remove(listener);
  }

  /**
   * The listeners of this context; part of the execution core.
   *
   * @return the listeners
   */
  public Listeners listeners() {
    return listeners;
  }

  // ------------------------------------------------------------------ lifecycle

  /**
   * Whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed;
  }

  /**
   * Throws when this context is closed.
   *
   * @throws InvalidPipeline naming the context when it is closed
   */
  public void ensureOpen() {
    if (closed) {
      throw new InvalidPipeline(this + " is closed: create a new context with"
          + " RedPipeContext.create()");
    }
  }

  /**
   * Closes the context: removes its connections (the Jedis clients stay open: the application
   * owns them) and stops its threads once their running tasks ended. Executes already running
   * finish; later ones, and every other use of the context, throw {@link InvalidPipeline}.
   * An executor given to the builder is not shut down. Closing again does nothing.
   *
   * @throws InvalidOperation for the default context, which lives as long as the JVM
   */
  @Override
  public void close() {
    if (isDefault) {
      throw new InvalidOperation("the default context can't be closed: it serves RedPipe's static"
          + " methods for the life of the JVM; call RedPipe.reset() to remove its connections");
    }
    closed = true;
    connections.reset();
    batchThreads.shutdown();
    watchdog.close();
    if (ownAsyncExecutor != null) {
      ownAsyncExecutor.shutdown();
    }
  }

  /** Returns e.g. {@code RedPipeContext 'tenant-a'}. */
  @Override
  public String toString() {
    return "RedPipeContext '" + name + "'" + (closed ? " (closed)" : "");
  }

  /** Settings of a new context; every one has a default. */
  public static final class Builder {
    private String name;
    private Executor asyncExecutor;
    private boolean threadsEnabled = true;
    private Duration executeTimeout = DEFAULT_EXECUTE_TIMEOUT;
    private final java.util.List<ExecuteListener> listeners = new java.util.ArrayList<>();

    private Builder() {}

    /**
     * Adds a listener of the context's root executes (metrics, tracing, logging).
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ExecuteListener listener) {
      listeners.add(Objects.requireNonNull(listener, "listener"));
      return this;
    }

    /**
     * How long a root execute may take (default 10 seconds): it covers waiting for a pooled
     * connection, writing the commands and reading the replies of every batch. When it passes,
     * RedPipe closes the connections still in use (they are never reused) and the execute fails
     * with {@link ExecuteTimedOut} naming the server. Opening a new connection is bounded by the
     * client's own connection timeout; each read also by the client's socket timeout.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder executeTimeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("executeTimeout must be positive, not " + timeout);
      }
      this.executeTimeout = timeout;
      return this;
    }

    /**
     * Names the context in messages and thread names.
     *
     * @param name e.g. {@code "tenant-a"}
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Runs {@link Pipeline#executeAsync()}'s executes on {@code executor} instead of the
     * context's own threads, e.g. {@code Executors.newVirtualThreadPerTaskExecutor()} on JDK 21
     * or newer. The context does not shut it down.
     *
     * @param executor where asynchronous executes run
     * @return this builder
     */
    public Builder asyncExecutor(Executor executor) {
      this.asyncExecutor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Whether the batches of several connections are sent in parallel (default true).
     *
     * @param enabled false to send them one after the other
     * @return this builder
     */
    public Builder threads(boolean enabled) {
      this.threadsEnabled = enabled;
      return this;
    }

    /**
     * Builds the context; no I/O, no thread started.
     *
     * @return a new, open context
     */
    public RedPipeContext build() {
      return new RedPipeContext(this, false);
    }
  }
}

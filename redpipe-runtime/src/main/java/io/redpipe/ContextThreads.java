package io.redpipe;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one context: daemon threads started on demand and ending after
 * {@link #IDLE_SECONDS} idle, so a context never keeps the JVM alive and an idle one holds no
 * thread. Named {@code redpipe-<context>-<kind>-<n>}.
 */
final class ContextThreads implements ThreadFactory {
  /** At most this many threads send the batches of several connections (or nodes) at once. */
  static final int MAX_BATCH_THREADS = 64;
  /** At most this many {@code executeAsync} calls run at once; the others wait in a queue. */
  static final int ASYNC_THREADS = 16;
  static final long IDLE_SECONDS = 30;

  private final String prefix;
  private final AtomicInteger count = new AtomicInteger();

  private ContextThreads(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The batch pool: when every thread is busy it refuses the task, and the caller runs it itself
   * (so a batch never waits for a thread).
   */
  static ThreadPoolExecutor newBatchPool(String contextName) {
    return new ThreadPoolExecutor(0, MAX_BATCH_THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new ContextThreads("redpipe-" + contextName + "-pool-"));
  }

  /** The pool {@code executeAsync} runs executes on when the user gave none; tasks queue. */
  static ThreadPoolExecutor newAsyncPool(String contextName) {
    ThreadPoolExecutor pool = new ThreadPoolExecutor(ASYNC_THREADS, ASYNC_THREADS, IDLE_SECONDS,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        new ContextThreads("redpipe-" + contextName + "-async-"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, prefix + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}

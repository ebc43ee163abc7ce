package io.redpipe.connections;

import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The pool a registry sends batches with: daemon threads started on demand, at most
 * {@link #MAX_THREADS}, each ending after {@link #IDLE_SECONDS} idle. When every thread is busy
 * the pool refuses the task and the caller runs it itself.
 */
final class BatchThreads implements ThreadFactory {
  static final int MAX_THREADS = 64;
  static final long IDLE_SECONDS = 30;

  private final AtomicInteger count = new AtomicInteger();

  private BatchThreads() {}

  static ThreadPoolExecutor newPool() {
    return new ThreadPoolExecutor(0, MAX_THREADS, IDLE_SECONDS, TimeUnit.SECONDS,
        new SynchronousQueue<>(), new BatchThreads());
  }

  @Override
  public Thread newThread(Runnable task) {
    Thread thread = new Thread(task, "redpipe-pool-" + count.incrementAndGet());
    thread.setDaemon(true);
    return thread;
  }
}

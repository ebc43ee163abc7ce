package io.redpipe.pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks at once: the first in the calling thread, each other one in a thread of a shared
 * pool of daemon threads (started on demand, at most {@link #MAX_THREADS}, each ending after
 * {@link #IDLE_SECONDS} idle; daemon threads never keep the JVM alive). When every pool thread
 * is busy, a task runs in the calling thread.
 */
final class Parallel {
  static final int MAX_THREADS = 64;
  static final long IDLE_SECONDS = 30;

  private static final ThreadPoolExecutor POOL = new ThreadPoolExecutor(0, MAX_THREADS,
      IDLE_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), new DaemonThreads());

  private Parallel() {}

  /**
   * Runs {@code tasks} and returns when all ended; an exception a task threw is rethrown (an
   * {@link Error} as is, else wrapped). {@code threadName} prefixes the names of pool threads
   * while they run one of these tasks.
   */
  static void run(List<Runnable> tasks, String threadName) {
    if (tasks.isEmpty()) {
      return;
    }
    int others = tasks.size() - 1;
    CountDownLatch done = new CountDownLatch(others);
    List<Throwable> errors = new ArrayList<>(0);
    for (Runnable task : tasks.subList(1, tasks.size())) {
      Runnable tracked = () -> {
        Thread current = Thread.currentThread();
        String poolName = current.getName();
        current.setName(threadName + "-" + poolName);
        try {
          task.run();
        } catch (Throwable e) {
          synchronized (errors) {
            errors.add(e);
          }
        } finally {
          current.setName(poolName);
          done.countDown();
        }
      };
      try {
        POOL.execute(tracked);
      } catch (RejectedExecutionException e) {
        tracked.run();
      }
    }
    tasks.get(0).run();
    boolean interrupted = false;
    while (true) {
      try {
        done.await();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (errors) {
      if (!errors.isEmpty()) {
        Throwable first = errors.get(0);
        if (first instanceof Error) {
          throw (Error) first;
        }
        throw new IllegalStateException("a batch thread failed", first);
      }
    }
  }

  /** Names pool threads {@code redpipe-pool-N} and makes them daemons. */
  private static final class DaemonThreads implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable task) {
      Thread thread = new Thread(task, "redpipe-pool-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    }
  }
}

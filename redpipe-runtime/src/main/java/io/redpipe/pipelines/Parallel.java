package io.redpipe.pipelines;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import io.redpipe.ExecuteTimedOut;

/**
 * Runs tasks at once: the first in the calling thread, each other one on the context's batch
 * threads. When the pool refuses a task (every thread busy), it runs in the calling thread.
 */
final class Parallel {
  /**
   * How long after the execute's deadline the caller still waits for the other tasks: their
   * I/O ends at the deadline (the watchdog closes their sockets), so this is only for a task
   * stuck elsewhere; then the execute fails instead of waiting on.
   */
  private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

  private Parallel() {}

  /**
   * Runs {@code tasks} and returns when all ended; an exception a task threw is rethrown (an
   * {@link Error} as is, else wrapped). {@code threadName} prefixes the names of pool threads
   * while they run one of these tasks. Waits at most until a second after {@code deadline}: then
   * {@link ExecuteTimedOut}.
   */
  static void run(List<Runnable> tasks, String threadName, Executor pool, Deadline deadline) {
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
        pool.execute(tracked);
      } catch (RejectedExecutionException e) {
        tracked.run();
      }
    }
    tasks.get(0).run();
    boolean interrupted = false;
    boolean ended = false;
    long end = System.nanoTime() + deadline.remainingNanos() + GRACE_NANOS;
    while (!ended) {
      try {
        ended = done.await(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        if (!ended) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!ended) {
      throw new ExecuteTimedOut(deadline.describe() + " passed, and " + done.getCount()
          + " batch(es) sent on other threads had not ended a second later", null);
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
}

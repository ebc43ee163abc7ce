package io.redpipe.pipelines;

import java.util.ArrayList;
import java.util.List;

/** Runs tasks at once: the first in the calling thread, each other one in a daemon thread. */
final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code tasks} and returns when all ended; an exception a task threw is rethrown (an
   * {@link Error} as is, else wrapped).
   */
  static void run(List<Runnable> tasks, String threadName) {
    if (tasks.isEmpty()) {
      return;
    }
    List<Thread> threads = new ArrayList<>();
    List<Throwable> errors = new ArrayList<>();
    for (Runnable task : tasks.subList(1, tasks.size())) {
      Thread thread = new Thread(task, threadName);
      thread.setDaemon(true);
      thread.setUncaughtExceptionHandler((t, e) -> {
        synchronized (errors) {
          errors.add(e);
        }
      });
      thread.start();
      threads.add(thread);
    }
    tasks.get(0).run();
    boolean interrupted = false;
    for (Thread thread : threads) {
      while (true) {
        try {
          thread.join();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
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
}

package io.redpipe.pipelines;

import java.io.IOException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A context's timer that ends the I/O of a batch whose execute deadline passed, by closing its
 * socket: a Java socket write has no timeout of its own, so a batch larger than the socket
 * buffers sent to a stopped server would block for as long as the server is stopped. The closed
 * connection is destroyed, never reused. One daemon thread, started on first use, ending with
 * the context ({@link #close()}).
 *
 * <p>Part of the execution core: {@code RedPipeContext} makes one; applications do not use it.
 */
public final class Watchdog implements AutoCloseable {
  private final String threadName;
  private volatile ScheduledThreadPoolExecutor timer;
  private volatile boolean closed;

  /**
   * A watchdog whose thread is named {@code threadName}; starts no thread yet.
   *
   * @param threadName e.g. {@code redpipe-default-deadline}
   */
  public Watchdog(String threadName) {
    this.threadName = threadName;
  }

  /** Closes {@code connection}'s socket when {@code deadline} passes, unless disarmed first. */
  Guard arm(redis.clients.jedis.Connection connection, Deadline deadline) {
    Guard guard = new Guard(connection);
    ScheduledThreadPoolExecutor current = timer();
    if (current == null) {
      return guard;  // closed context: the socket timeouts still apply
    }
    try {
      guard.task = current.schedule(guard, deadline.remainingNanos(), TimeUnit.NANOSECONDS);
    } catch (RuntimeException e) {
      // Rejected after a concurrent close: the socket timeouts still apply.
    }
    return guard;
  }

  private ScheduledThreadPoolExecutor timer() {
    ScheduledThreadPoolExecutor current = timer;
    if (current == null && !closed) {
      synchronized (this) {
        current = timer;
        if (current == null && !closed) {
          AtomicInteger count = new AtomicInteger();
          current = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, threadName + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
          current.setRemoveOnCancelPolicy(true);
          current.setKeepAliveTime(30, TimeUnit.SECONDS);
          current.allowCoreThreadTimeOut(true);
          timer = current;
        }
      }
    }
    return current;
  }

  /** Stops the timer; batches armed later run with their socket timeouts only. */
  @Override
  public void close() {
    closed = true;
    ScheduledThreadPoolExecutor current = timer;
    if (current != null) {
      current.shutdownNow();
    }
  }

  /** The deadline of one batch's connection. */
  static final class Guard implements Runnable {
    private final redis.clients.jedis.Connection connection;
    /** Guarded by {@code this}, so that a connection is never closed after it was disarmed. */
    private boolean fired;
    private boolean disarmed;
    volatile ScheduledFuture<?> task;

    Guard(redis.clients.jedis.Connection connection) {
      this.connection = connection;
    }

    @Override
    public void run() {
      synchronized (this) {
        if (disarmed) {
          return;
        }
        fired = true;
      }
      connection.setBroken();
      try {
        connection.forceDisconnect();
      } catch (IOException | RuntimeException e) {
        // Closing is all that is asked for; the blocked thread sees the socket end.
      }
    }

    /** Whether the deadline closed the connection. */
    synchronized boolean fired() {
      return fired;
    }

    /**
     * The batch ended: the deadline no longer applies. Returns whether it had already closed
     * the connection (then the connection must be destroyed).
     */
    boolean disarm() {
      boolean closedByDeadline;
      synchronized (this) {
        disarmed = true;
        closedByDeadline = fired;
      }
      ScheduledFuture<?> scheduled = task;
      if (scheduled != null) {
        scheduled.cancel(false);
      }
      return closedByDeadline;
    }
  }
}

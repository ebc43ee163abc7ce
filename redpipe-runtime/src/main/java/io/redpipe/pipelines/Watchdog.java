package io.redpipe.pipelines;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * A context's timer that ends the I/O of a batch whose execute deadline passed, by closing its
 * socket: a Java socket write has no timeout of its own, so a batch larger than the socket
 * buffers sent to a stopped server would block for as long as the server is stopped. The closed
 * connection is destroyed, never reused.
 *
 * <p>Arming and disarming a batch only adds it to and removes it from a concurrent set; one
 * daemon thread looks at the armed batches every {@link #TICK_MILLIS} ms while there are any
 * (so a deadline fires at most one tick late), and ends after {@link #IDLE_TICKS} idle ticks.
 * Nothing is scheduled per batch and nothing wakes a thread per batch.
 *
 * <p>Part of the execution core: {@code RedPipeContext} makes one; applications do not use it.
 */
public final class Watchdog implements AutoCloseable {
  /** How often the armed batches are looked at. */
  static final long TICK_MILLIS = 20;
  /** How many ticks without an armed batch end the thread (it starts again when needed). */
  static final int IDLE_TICKS = 1500;

  private final String threadName;
  private final Set<Guard> armed = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean running = new AtomicBoolean();
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
    Guard guard = new Guard(this, connection, deadline.endNanos());
    if (closed) {
      return guard;  // a closed context: the socket timeouts still apply
    }
    armed.add(guard);
    if (!running.get() && running.compareAndSet(false, true)) {
      Thread thread = new Thread(this::watch, threadName);
      thread.setDaemon(true);
      thread.start();
    }
    return guard;
  }

  private void watch() {
    int idle = 0;
    while (!closed) {
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS));
      if (armed.isEmpty()) {
        if (++idle < IDLE_TICKS) {
          continue;
        }
        running.set(false);
        // A batch armed after the check above would wait for no thread: take over again.
        if (armed.isEmpty() || !running.compareAndSet(false, true)) {
          return;
        }
      }
      idle = 0;
      long now = System.nanoTime();
      for (Guard guard : armed) {
        if (now - guard.end >= 0) {
          guard.run();
        }
      }
    }
    running.set(false);
  }

  /** Stops the thread; batches armed later run with their socket timeouts only. */
  @Override
  public void close() {
    closed = true;
  }

  /** The deadline of one batch's connection. */
  static final class Guard {
    private final Watchdog owner;
    private final redis.clients.jedis.Connection connection;
    final long end;
    /** Guarded by {@code this}, so that a connection is never closed after it was disarmed. */
    private boolean fired;
    private boolean disarmed;

    Guard(Watchdog owner, redis.clients.jedis.Connection connection, long end) {
      this.owner = owner;
      this.connection = connection;
      this.end = end;
    }

    void run() {
      synchronized (this) {
        if (disarmed || fired) {
          return;
        }
        fired = true;
      }
      owner.armed.remove(this);
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
      owner.armed.remove(this);
      return closedByDeadline;
    }
  }
}

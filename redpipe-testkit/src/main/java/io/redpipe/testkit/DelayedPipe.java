package io.redpipe.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.locks.LockSupport;

/**
 * One direction of a {@link LatencyProxy} connection: a reader thread stamps each chunk it reads
 * with the time it arrived and queues it; a writer thread sends each chunk on once its fixed delay
 * has passed. Chunks keep their order and do not wait for one another, so a pipelined stream
 * stays a stream, only shifted in time.
 */
final class DelayedPipe {
  private static final int BUFFER_SIZE = 64 * 1024;

  /** Bytes read at {@code readNanos}; {@code bytes == null} marks the end of the stream. */
  private record Chunk(long readNanos, byte[] bytes) {}

  /** Counters shared by all pipes of one proxy. */
  static final class Counters {
    final AtomicLong chunks = new AtomicLong();
    final AtomicLong bytes = new AtomicLong();
    final LongAccumulator shortestHoldNanos = new LongAccumulator(Math::min, Long.MAX_VALUE);
  }

  private final Socket from;
  private final Socket to;
  private final long delayNanos;
  private final Counters counters;
  private final Runnable onDone;
  private final BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
  private final Thread reader;
  private final Thread writer;

  DelayedPipe(Socket from, Socket to, long delayNanos, Counters counters, String name,
      Runnable onDone) {
    this.from = from;
    this.to = to;
    this.delayNanos = delayNanos;
    this.counters = counters;
    this.onDone = onDone;
    this.reader = new Thread(this::read, name + "-reader");
    this.writer = new Thread(this::write, name + "-writer");
    reader.setDaemon(true);
    writer.setDaemon(true);
  }

  void start() {
    reader.start();
    writer.start();
  }

  private void read() {
    byte[] buffer = new byte[BUFFER_SIZE];
    try {
      InputStream in = from.getInputStream();
      int n;
      while ((n = in.read(buffer)) >= 0) {
        long now = System.nanoTime();
        if (n > 0) {
          queue.add(new Chunk(now, Arrays.copyOf(buffer, n)));
        }
      }
    } catch (IOException closedOrReset) {
      // the end of this direction, like end of stream
    } finally {
      queue.add(new Chunk(System.nanoTime(), null));
    }
  }

  private void write() {
    try {
      OutputStream out = to.getOutputStream();
      while (true) {
        Chunk chunk = queue.poll(100, TimeUnit.MILLISECONDS);
        if (chunk == null) {
          if (!reader.isAlive() && queue.isEmpty()) {
            return;  // the reader ended without its end mark (it always adds one)
          }
          continue;
        }
        if (chunk.bytes() == null) {
          to.shutdownOutput();
          return;
        }
        long deadline = chunk.readNanos() + delayNanos;
        for (long left = deadline - System.nanoTime(); left > 0;
            left = deadline - System.nanoTime()) {
          LockSupport.parkNanos(left);
          if (Thread.currentThread().isInterrupted()) {
            return;
          }
        }
        counters.shortestHoldNanos.accumulate(System.nanoTime() - chunk.readNanos());
        counters.chunks.incrementAndGet();
        counters.bytes.addAndGet(chunk.bytes().length);
        out.write(chunk.bytes());
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException closedOrReset) {
      closeQuietly(from);
      closeQuietly(to);
    } finally {
      onDone.run();
    }
  }

  static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // closing anyway
    }
  }

  /** Stops both threads, waiting up to {@code millis} for each. */
  void stop(long millis) throws InterruptedException {
    writer.interrupt();
    reader.join(millis);
    writer.join(millis);
  }

  boolean isAlive() {
    return reader.isAlive() || writer.isAlive();
  }
}

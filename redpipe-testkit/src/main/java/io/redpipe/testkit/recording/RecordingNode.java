package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import redis.clients.jedis.HostAndPort;

/**
 * One node of a {@link RecordingRedisCluster}: a small RESP server on a loopback port that
 * answers {@code CLUSTER SLOTS} from the cluster's slot map, redirects the keys it does not serve
 * and records every other command, answered by the cluster's canned replies. Each client
 * connection has a reader thread (which records and answers) and a writer thread (so a client
 * that writes a long pipeline before it reads never blocks the reader). All are daemon threads;
 * {@link #close()} closes every socket and waits for them.
 */
final class RecordingNode implements Session.Server, AutoCloseable {
  private static final long JOIN_MILLIS = 5000;
  private static final byte[] END = new byte[0];

  private final ServerSocket server;
  private final HostAndPort address;
  private final SlotMap slots;
  private final AnswerList answers;
  private final Recording recording = new Recording();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final List<Thread> threads = new CopyOnWriteArrayList<>();
  private final Thread acceptor;
  private volatile boolean closed;

  /** A node listening on {@code server} (bound, not yet accepting); {@link #start()} starts it. */
  RecordingNode(ServerSocket server, SlotMap slots, AnswerList answers) {
    this.server = server;
    this.address = new HostAndPort(server.getInetAddress().getHostAddress(), server.getLocalPort());
    this.slots = slots;
    this.answers = answers;
    this.acceptor = thread("acceptor", this::accept);
  }

  void start() {
    acceptor.start();
  }

  HostAndPort address() {
    return address;
  }

  Recording recording() {
    return recording;
  }

  @Override
  public String mode() {
    return "cluster";
  }

  @Override
  public Reply unrecorded(RecordedCommand command) {
    if (command.name().equals("CLUSTER") && command.args().size() == 1
        && command.args().get(0).toUpperCase(Locale.ROOT).equals("SLOTS")) {
      return slots.clusterSlots();
    }
    return null;
  }

  @Override
  public int record(RecordedCommand command) {
    return recording.record(command);
  }

  @Override
  public Reply reply(RecordedCommand command, int position, boolean asking) {
    Reply redirect = slots.redirect(address, command, asking);
    if (redirect != null) {
      return redirect;
    }
    return recording.replyTo(command, position, answers, " (node " + address + ")");
  }

  private void accept() {
    while (!closed) {
      Socket socket;
      try {
        socket = server.accept();
      } catch (IOException e) {
        return;  // closed
      }
      sockets.add(socket);
      if (closed) {
        closeQuietly(socket);
        return;
      }
      BlockingQueue<byte[]> replies = new LinkedBlockingQueue<>();
      thread("writer", () -> write(socket, replies)).start();
      thread("reader", () -> read(socket, replies)).start();
    }
  }

  /**
   * Records and answers what one client sends. A round trip starts when commands arrive after
   * every earlier command of the connection was complete and answered.
   */
  private void read(Socket socket, BlockingQueue<byte[]> replies) {
    CommandReader reader = new CommandReader();
    Session session = new Session(this);
    byte[] buffer = new byte[64 * 1024];
    boolean inRoundTrip = false;
    try {
      InputStream in = socket.getInputStream();
      while (!closed) {
        if (reader.atCommandBoundary()) {
          inRoundTrip = false;
        }
        int n = in.read(buffer);
        if (n < 0) {
          return;
        }
        reader.add(buffer, 0, n);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (RecordedCommand command : reader.take()) {
          if (session.handle(command, out) && !inRoundTrip) {
            recording.roundTrip();
            inRoundTrip = true;
          }
        }
        if (out.size() > 0) {
          replies.add(out.toByteArray());
        }
      }
    } catch (IOException | IllegalStateException e) {
      // the connection closed, or the client sent something that is not a command array
    } finally {
      replies.add(END);
      closeQuietly(socket);
    }
  }

  private void write(Socket socket, BlockingQueue<byte[]> replies) {
    try {
      OutputStream out = socket.getOutputStream();
      while (true) {
        byte[] bytes = replies.poll(100, TimeUnit.MILLISECONDS);
        if (bytes == null) {
          if (closed || socket.isClosed()) {
            return;  // the reader's end mark comes before it closes the socket
          }
          continue;
        }
        if (bytes == END) {
          return;
        }
        out.write(bytes);
        out.flush();
      }
    } catch (IOException e) {
      closeQuietly(socket);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      sockets.remove(socket);
    }
  }

  private Thread thread(String role, Runnable body) {
    Thread[] self = new Thread[1];
    self[0] = new Thread(() -> {
      try {
        body.run();
      } finally {
        threads.remove(self[0]);
      }
    }, "recording-node-" + address.getPort() + "-" + role);
    self[0].setDaemon(true);
    threads.add(self[0]);
    return self[0];
  }

  /** Closes the listening socket and every connection, and waits (bounded) for the threads. */
  @Override
  public void close() {
    closed = true;
    closeQuietly(server);
    try {
      acceptor.join(JOIN_MILLIS);  // no connection is accepted after this
      sockets.forEach(RecordingNode::closeQuietly);
      for (Thread thread : threads) {
        thread.join(JOIN_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Whether a thread of this node still runs (after {@link #close()}: none should). */
  boolean running() {
    return threads.stream().anyMatch(Thread::isAlive);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception e) {
      // closing: nothing left to do
    }
  }
}

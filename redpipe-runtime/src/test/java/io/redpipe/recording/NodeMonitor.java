package io.redpipe.recording;

import io.redpipe.testkit.recording.RecordedCommand;
import io.redpipe.testkit.recording.RecordingRedis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import redis.clients.jedis.HostAndPort;

/**
 * What a real Redis node runs, as {@code MONITOR} shows it: one plain connection in monitor mode,
 * read until a marker command appears. Every read is bounded by the socket timeout.
 */
final class NodeMonitor implements AutoCloseable {
  private static final int TIMEOUT_MILLIS = 10_000;
  private static final int MAX_LINES = 100_000;

  private final Socket socket;
  private final InputStream in;

  private NodeMonitor(Socket socket) throws IOException {
    this.socket = socket;
    this.in = socket.getInputStream();
  }

  /** Puts a new connection to {@code node} in monitor mode; returns once the node confirmed. */
  static NodeMonitor start(HostAndPort node) throws IOException {
    Socket socket = new Socket(node.getHost(), node.getPort());
    socket.setSoTimeout(TIMEOUT_MILLIS);
    NodeMonitor monitor = new NodeMonitor(socket);
    OutputStream out = socket.getOutputStream();
    out.write("*1\r\n$7\r\nMONITOR\r\n".getBytes(StandardCharsets.US_ASCII));
    out.flush();
    String ok = monitor.line();
    if (!ok.equals("+OK")) {
      socket.close();
      throw new IOException("MONITOR answered " + ok);
    }
    return monitor;
  }

  /**
   * The commands the node ran until {@code ECHO marker} (which the caller sends after the work),
   * without handshakes, {@code CLUSTER SLOTS} and the marker, each as the bytes a client sends.
   */
  List<RecordedCommand> until(String marker) throws IOException {
    ByteArrayOutputStream commands = new ByteArrayOutputStream();
    for (int i = 0; i < MAX_LINES; i++) {
      String line = line();
      int at = line.indexOf("] ");
      if (!line.startsWith("+") || at < 0) {
        continue;
      }
      List<byte[]> arguments = arguments(line.substring(at + 2));
      String name = new String(arguments.get(0), StandardCharsets.UTF_8).toUpperCase();
      String first = arguments.size() > 1 ? new String(arguments.get(1), StandardCharsets.UTF_8)
          : "";
      if (name.equals("ECHO") && first.equals(marker)) {
        List<RecordedCommand> parsed = RecordingRedis.parse(commands.toByteArray());
        parsed.removeIf(c -> c.toString().equalsIgnoreCase("CLUSTER SLOTS"));
        return parsed;
      }
      commands.writeBytes(("*" + arguments.size() + "\r\n").getBytes(StandardCharsets.US_ASCII));
      for (byte[] argument : arguments) {
        commands.writeBytes(("$" + argument.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        commands.writeBytes(argument);
        commands.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
      }
    }
    throw new IOException("no ECHO " + marker + " within " + MAX_LINES + " monitored commands");
  }

  /** The quoted, escaped arguments of a monitor line: {@code "SET" "a" "\xc3\xbc"}. */
  private static List<byte[]> arguments(String text) {
    List<byte[]> arguments = new ArrayList<>();
    ByteArrayOutputStream current = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (current == null) {
        if (c == '"') {
          current = new ByteArrayOutputStream();
        }
      } else if (c == '"') {
        arguments.add(current.toByteArray());
        current = null;
      } else if (c == '\\') {
        char next = text.charAt(++i);
        switch (next) {
          case 'n' -> current.write('\n');
          case 'r' -> current.write('\r');
          case 't' -> current.write('\t');
          case 'a' -> current.write(7);
          case 'b' -> current.write(8);
          case 'x' -> {
            current.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> current.write(next);
        }
      } else {
        current.write(c);  // MONITOR escapes every byte that is not printable ASCII
      }
    }
    return arguments;
  }

  private String line() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    int previous = -1;
    while (true) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("the monitored node closed the connection");
      }
      if (previous == '\r' && b == '\n') {
        byte[] bytes = line.toByteArray();
        return new String(bytes, 0, bytes.length - 1, StandardCharsets.ISO_8859_1);
      }
      line.write(b);
      previous = b;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the commands a client sends (RESP arrays of bulk strings) out of the bytes received so
 * far, keeping an incomplete command for the next bytes. Not thread-safe: one per connection.
 */
final class CommandReader {
  private final ByteArrayOutputStream received = new ByteArrayOutputStream();

  void add(byte[] bytes, int off, int len) {
    received.write(bytes, off, len);
  }

  void add(int b) {
    received.write(b);
  }

  /** Whether the bytes received so far end where a command ends. */
  boolean atCommandBoundary() {
    return received.size() == 0;
  }

  /** The complete commands received since the last call, in order. */
  List<RecordedCommand> take() {
    byte[] bytes = received.toByteArray();
    List<RecordedCommand> commands = new ArrayList<>();
    int end = read(bytes, commands);
    received.reset();
    received.write(bytes, end, bytes.length - end);
    return commands;
  }

  /** Adds the complete commands of {@code bytes} to {@code commands}; returns where they end. */
  static int read(byte[] bytes, List<RecordedCommand> commands) {
    int at = 0;
    while (true) {
      int[] end = {at};
      List<byte[]> arguments = arguments(bytes, end);
      if (arguments == null) {
        return at;
      }
      commands.add(new RecordedCommand(arguments, Arrays.copyOfRange(bytes, at, end[0])));
      at = end[0];
    }
  }

  /**
   * Whether {@code command} belongs to a connection's handshake ({@code HELLO}, {@code AUTH},
   * {@code CLIENT SETINFO}, {@code SELECT}), which the recorders answer and leave out.
   */
  static boolean isHandshake(RecordedCommand command) {
    String name = command.name();
    return name.equals("HELLO") || name.equals("AUTH") || name.equals("SELECT")
        || (name.equals("CLIENT") && !command.args().isEmpty()
            && command.args().get(0).toUpperCase(Locale.ROOT).startsWith("SET"));
  }

  /** A complete command array at {@code at[0]}, moving past it; {@code null} when incomplete. */
  private static List<byte[]> arguments(byte[] bytes, int[] at) {
    Long count = number(bytes, at, '*');
    if (count == null) {
      return null;
    }
    List<byte[]> arguments = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      Long length = number(bytes, at, '$');
      if (length == null || at[0] + length + 2 > bytes.length) {
        return null;
      }
      arguments.add(Arrays.copyOfRange(bytes, at[0], at[0] + length.intValue()));
      at[0] += length.intValue() + 2;
    }
    return arguments;
  }

  /** {@code <type><digits>\r\n} at {@code at[0]}; moves past it. */
  private static Long number(byte[] bytes, int[] at, char type) {
    int i = at[0];
    if (i >= bytes.length) {
      return null;
    }
    if (bytes[i] != type) {
      throw new IllegalStateException("the recorder expected '" + type + "' at byte " + i
          + " of what the client sent, found '" + (char) bytes[i] + "': not a command array");
    }
    int lineEnd = -1;
    for (int j = i + 1; j + 1 < bytes.length; j++) {
      if (bytes[j] == '\r' && bytes[j + 1] == '\n') {
        lineEnd = j;
        break;
      }
    }
    if (lineEnd < 0) {
      return null;
    }
    long value = Long.parseLong(new String(bytes, i + 1, lineEnd - i - 1,
        StandardCharsets.US_ASCII));
    at[0] = lineEnd + 2;
    return value;
  }
}

package io.redpipe.testkit.recording;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One command as the server would have received it: its arguments, bytes for bytes.
 *
 * @param arguments the command's name and arguments
 * @param raw the bytes on the wire (a RESP array of bulk strings)
 */
public record RecordedCommand(List<byte[]> arguments, byte[] raw) {
  /**
   * Copies the components.
   *
   * @param arguments the command's name and arguments
   * @param raw the bytes on the wire
   */
  public RecordedCommand {
    List<byte[]> copies = new ArrayList<>(arguments.size());
    arguments.forEach(argument -> copies.add(argument.clone()));
    arguments = List.copyOf(copies);
    raw = raw.clone();
  }

  /**
   * The command's name, upper case, e.g. {@code HGETALL}.
   *
   * @return the name
   */
  public String name() {
    return new String(arguments.get(0), StandardCharsets.UTF_8).toUpperCase(Locale.ROOT);
  }

  /**
   * The first argument as UTF-8 text (usually the key).
   *
   * @return the first argument, or {@code null} when there is none
   */
  public String key() {
    return arguments.size() < 2 ? null : new String(arguments.get(1), StandardCharsets.UTF_8);
  }

  /**
   * The arguments after the name, as UTF-8 texts.
   *
   * @return the arguments
   */
  public List<String> args() {
    List<String> texts = new ArrayList<>();
    for (int i = 1; i < arguments.size(); i++) {
      texts.add(new String(arguments.get(i), StandardCharsets.UTF_8));
    }
    return texts;
  }

  /** Returns e.g. {@code HINCRBY U{1} visits 1}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(name());
    args().forEach(arg -> text.append(' ').append(arg));
    return text.toString();
  }

  /** Equal when the bytes on the wire are. */
  @Override
  public boolean equals(Object other) {
    return other instanceof RecordedCommand
        && java.util.Arrays.equals(raw, ((RecordedCommand) other).raw);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(raw);
  }
}

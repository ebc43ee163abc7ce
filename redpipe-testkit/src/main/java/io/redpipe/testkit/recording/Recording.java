package io.redpipe.testkit.recording;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one recording server received: its commands in order, its round trips, and the replies
 * given by position. Thread-safe.
 */
final class Recording {
  private final List<RecordedCommand> commands = new ArrayList<>();
  private final AtomicInteger roundTrips = new AtomicInteger();
  private final Map<Integer, Reply> byPosition = new ConcurrentHashMap<>();

  /** Adds {@code command}; returns its position. */
  synchronized int record(RecordedCommand command) {
    commands.add(command);
    return commands.size() - 1;
  }

  void roundTrip() {
    roundTrips.incrementAndGet();
  }

  void answerAt(int position, Reply reply) {
    byPosition.put(position, Objects.requireNonNull(reply, "reply"));
  }

  /**
   * The reply to the command at {@code position}: the one given for that position, else the
   * first of {@code answers} ({@code where} names the server in the error of an unanswered one).
   */
  Reply replyTo(RecordedCommand command, int position, AnswerList answers, String where) {
    Reply at = byPosition.get(position);
    return at != null ? at : answers.replyTo(command, where);
  }

  synchronized List<RecordedCommand> commands() {
    return List.copyOf(commands);
  }

  List<String> commandLines() {
    List<String> lines = new ArrayList<>();
    commands().forEach(command -> lines.add(command.toString()));
    return lines;
  }

  int roundTrips() {
    return roundTrips.get();
  }

  synchronized void clear() {
    commands.clear();
    roundTrips.set(0);
  }
}

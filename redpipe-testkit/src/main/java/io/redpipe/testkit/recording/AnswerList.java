package io.redpipe.testkit.recording;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/** The canned answers of a recording server, newest first; thread-safe. */
final class AnswerList {
  private final List<Function<RecordedCommand, Reply>> answers = new CopyOnWriteArrayList<>();
  private final String owner;

  /** Answers of {@code owner} (a class name, for the error of an unanswered command). */
  AnswerList(String owner) {
    this.owner = owner;
  }

  void add(Function<RecordedCommand, Reply> answer) {
    answers.add(0, Objects.requireNonNull(answer, "function"));
  }

  /** The first answer to {@code command}, or an error reply naming the command. */
  Reply replyTo(RecordedCommand command, String where) {
    for (Function<RecordedCommand, Reply> answer : answers) {
      Reply reply = answer.apply(command);
      if (reply != null) {
        return reply;
      }
    }
    return Reply.error("ERR " + owner + " has no canned reply for " + command + where
        + "; answer it with answer(\"" + command.name() + "\", ...)");
  }
}

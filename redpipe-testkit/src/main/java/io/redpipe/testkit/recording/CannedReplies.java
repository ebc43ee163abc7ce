package io.redpipe.testkit.recording;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Something that answers the commands it receives with canned {@link Reply replies}: a
 * {@link RecordingRedis} or a {@link RecordingRedisCluster}. Answers are matched newest first.
 *
 * @param <S> the type of the answering object, returned for chaining
 */
public interface CannedReplies<S extends CannedReplies<S>> {
  /**
   * Answers with {@code function}, which returns {@code null} for the commands it does not
   * answer.
   *
   * @param function the answers
   * @return this object
   */
  S answer(Function<RecordedCommand, Reply> function);

  /**
   * Answers every {@code command} with {@code reply}.
   *
   * @param command the command's name, any case
   * @param reply the reply
   * @return this object
   */
  default S answer(String command, Reply reply) {
    String name = Objects.requireNonNull(command, "command").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(reply, "reply");
    return answer(recorded -> recorded.name().equals(name) ? reply : null);
  }

  /**
   * Answers {@code command} on {@code key} (its first argument) with {@code reply}.
   *
   * @param command the command's name, any case
   * @param key the first argument
   * @param reply the reply
   * @return this object
   */
  default S answer(String command, String key, Reply reply) {
    String name = Objects.requireNonNull(command, "command").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reply, "reply");
    return answer(recorded -> recorded.name().equals(name) && key.equals(recorded.key())
        ? reply : null);
  }
}

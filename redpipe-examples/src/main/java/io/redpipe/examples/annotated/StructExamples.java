package io.redpipe.examples.annotated;

import io.redpipe.RedPipe;
import io.redpipe.examples.codecs.Color;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.time.Instant;
import java.util.List;

/**
 * Usage of {@code UserStruct}, the struct class the processor generates from {@link User}. Every
 * struct method takes a nullable pipeline; connect first with {@code RedPipe.connect}.
 */
public final class StructExamples {
  private StructExamples() {}

  /** Creates a user with typed values and reads it back, in one round trip. */
  public static UserStruct register(String id, String name, Instant now, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe -> UserStruct.create(
        UserStruct.with(id)
            .name(name)
            .logins(0)
            .admin(false)
            .color(Color.BLUE)
            .createdAt(now)
            .tags(List.of("new"))
            .put("nickname", name.toLowerCase(java.util.Locale.ROOT)),   // undeclared: TEXT
        pipe));
  }

  /** Loads users; with a pipeline they all arrive in its round trip. */
  public static UserStruct load(String id, Pipeline parent) {
    return UserStruct.load(id, parent);
  }

  /** The result of {@link #session}: the values each step read. */
  public record Session(UserStruct user, Future<Long> logins, Future<Object> nickname,
      Future<Long> deleted) {}

  /**
   * A user's session in one round trip: counts a login, sets the last-seen time and the score,
   * removes the admin flag, pops the nickname, and deletes the users {@code gone}.
   */
  public static Session session(String id, long lastSeen, Pipeline parent, String... gone) {
    try (Pipeline pipe = RedPipe.pipeline(parent)) {
      UserStruct user = UserStruct.load(id, pipe);
      Future<Long> logins = user.incrLogins(1, pipe);
      user.update(UserStruct.changes().lastSeen(lastSeen).score(0.75), pipe);
      user.remove(List.of(UserStruct.ADMIN), pipe);
      Future<Object> nickname = user.pop("nickname", "", pipe);
      Future<Long> deleted = UserStruct.delete(List.of(gone), pipe);
      pipe.execute();
      return new Session(user, logins, nickname, deleted);
    }
  }

  /** Empties a user's hash (DEL); the struct keeps its key with no members. */
  public static void wipe(UserStruct user, Pipeline parent) {
    user.clear(parent);
  }
}

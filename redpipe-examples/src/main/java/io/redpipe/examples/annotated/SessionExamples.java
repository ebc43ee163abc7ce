package io.redpipe.examples.annotated;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;

/**
 * Usage of {@code SessionStruct}, generated from {@link Session}: a struct with a ttl, DEFINED
 * default fields, a required field and a named connection. Connect {@code "sessions"} first.
 */
public final class SessionExamples {
  private SessionExamples() {}

  /**
   * Starts session {@code id} for {@code user} unless it exists: with {@code nx} the members of an
   * existing session keep their values, and the struct holds what is stored.
   */
  public static SessionStruct start(String id, String user, Pipeline parent) {
    return RedPipe.autoexec(parent, pipe ->
        SessionStruct.create(SessionStruct.with(id).user(user).hits(0L), true, pipe));
  }

  /** The result of {@link #request}: the session and the flash message it consumed. */
  public record Request(SessionStruct session, Future<Long> hits, Future<Object> flash) {}

  /**
   * Serves a request in one round trip: loads the session, counts the hit and consumes the flash
   * message, {@code "none"} when there is none.
   */
  public static Request request(String id, Pipeline parent) {
    try (Pipeline pipe = RedPipe.pipeline(parent)) {
      SessionStruct session = SessionStruct.load(id, pipe);
      Future<Long> hits = session.incrHits(1, pipe);
      Future<Object> flash = session.pop("flash", "none", pipe);
      pipe.execute();
      return new Request(session, hits, flash);
    }
  }
}

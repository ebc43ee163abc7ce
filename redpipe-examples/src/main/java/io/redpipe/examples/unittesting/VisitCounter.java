package io.redpipe.examples.unittesting;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.examples.annotated.UserKeyspace;
import io.redpipe.examples.annotated.UserStruct;

/**
 * Data access written as small RedPipe functions: a visit counts a login and reads the user back
 * in one round trip; many visits share one round trip.
 */
public final class VisitCounter {
  private VisitCounter() {}

  /**
   * Counts a login of user {@code id} and reads the user, joining {@code scope}'s round trip
   * (or running at once on a context).
   *
   * @param id the user's id
   * @param scope a pipeline to join, a context, or {@code null}
   * @return the user as read after the increment; filled when the root executed
   */
  public static UserStruct visit(String id, Scope scope) {
    return RedPipe.autoexec(scope, pipe -> {
      UserKeyspace.of(pipe).incrLogins(id, 1);
      return UserStruct.load(id, pipe);
    });
  }

  /**
   * Visits of several users, in one round trip.
   *
   * @param scope a pipeline to join, a context, or {@code null}
   * @param ids the users' ids
   */
  public static void visitAll(Scope scope, String... ids) {
    RedPipe.autoexec(scope, pipe -> {
      for (String id : ids) {
        visit(id, pipe);
      }
      return null;
    });
  }
}

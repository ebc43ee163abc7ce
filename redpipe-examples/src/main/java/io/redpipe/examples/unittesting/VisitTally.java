package io.redpipe.examples.unittesting;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.examples.annotated.UserStruct;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Visits of many users at once, written for a Redis Cluster connection: each user's keys
 * ({@code user{id}}) are in the user's slot, so the users spread over the masters and one execute
 * costs one round trip per master (RedPipe sends the masters' batches in parallel).
 */
public final class VisitTally {
  private VisitTally() {}

  /**
   * Counts a login of each user and returns each user's logins afterwards, in one execute.
   *
   * @param scope a pipeline to join, a context, or {@code null}
   * @param ids the users' ids
   * @return logins by user id, in the order of {@code ids}
   */
  public static Map<String, Integer> visitAndCount(Scope scope, List<String> ids) {
    Map<String, UserStruct> users = new LinkedHashMap<>();
    RedPipe.autoexec(scope, pipe -> {
      ids.forEach(id -> users.put(id, VisitCounter.visit(id, pipe)));
      return null;
    });
    Map<String, Integer> logins = new LinkedHashMap<>();
    users.forEach((id, user) -> logins.put(id, user.logins()));
    return logins;
  }
}

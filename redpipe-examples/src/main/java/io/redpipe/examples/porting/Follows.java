package io.redpipe.examples.porting;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;
import io.redpipe.futures.Future;
import java.util.List;

/**
 * Who follows whom: sorted sets {@code follows{<user>}} of follower ids scored by the time of
 * the follow. Python code subclasses its keyspace for domain methods:
 *
 * <pre>{@code
 * class Follows(redpipe.SortedSet):
 *     keyspace = 'follows'
 *     def follow(self, user, follower, at):
 *         with self.super_pipe as pipe:
 *             self.zadd(user, follower, score=at)
 *             return self.zrevrange(user, 0, 9)
 * }</pre>
 *
 * <p>The generated {@code FollowsKeyspace} is final; the domain methods live here, as static
 * methods of the annotated interface that take a scope and use the generated class, so they
 * compose in pipelines like every RedPipe function.
 */
@Keyspace(value = "follows", type = KeyspaceType.SORTED_SET)
public interface Follows {
  /**
   * Records that {@code follower} follows {@code user} and returns the ten newest followers,
   * newest first, in one round trip (or as part of {@code scope}'s).
   *
   * @param user the followed user
   * @param follower the new follower
   * @param at when, e.g. epoch seconds
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return the newest followers, filled when the pipeline executes
   */
  static Future<List<String>> follow(String user, String follower, double at, Scope scope) {
    return RedPipe.autoexec(scope, pipe -> {
      FollowsKeyspace follows = FollowsKeyspace.of(pipe);
      follows.zadd(user, follower, at);
      return follows.zrevrange(user, 0, 9);
    });
  }

  /**
   * Whether {@code follower} follows {@code user}.
   *
   * @param user the followed user
   * @param follower the possible follower
   * @param scope the pipeline to join, a context, or {@code null} (at once)
   * @return true when following
   */
  static Future<Boolean> follows(String user, String follower, Scope scope) {
    return FollowsKeyspace.of(scope).zscore(user, follower).map(score -> score != null);
  }
}

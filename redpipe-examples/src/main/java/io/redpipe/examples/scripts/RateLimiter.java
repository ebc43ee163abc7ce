package io.redpipe.examples.scripts;

import io.redpipe.Scope;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.KeyspaceSpec;
import io.redpipe.keyspaces.StringKeyspace;
import io.redpipe.scripts.ReplyDecoder;
import io.redpipe.scripts.Script;
import java.util.List;

/**
 * The "Scripts" chapter: a fixed-window rate limiter as one Lua script, created once (it knows
 * its SHA1) and run with {@code EVALSHA}. The key is namespaced by a keyspace ({@code RL{user}}),
 * the arguments are not. RedPipe loads the script on first use in the same round trip, and again
 * in one more round trip when a server forgot it (SCRIPT FLUSH, restart, failover).
 */
public final class RateLimiter {
  /** KEYS[1] = the user's counter; ARGV[1] = the limit, ARGV[2] = the window in seconds. */
  static final Script<Boolean> ALLOW = Script.of(String.join("\n",
      "local used = redis.call('INCR', KEYS[1])",
      "if used == 1 then redis.call('EXPIRE', KEYS[1], ARGV[2]) end",
      "return used <= tonumber(ARGV[1])"), ReplyDecoder.BOOLEAN);

  /** The counters, one per user: {@code RL{<user>}}. */
  static final KeyspaceSpec<Long> COUNTERS = KeyspaceSpec.of("RL", null, Codecs.INTEGER);

  private RateLimiter() {}

  /**
   * Whether {@code user} may make one more request in the current window of
   * {@code windowSeconds}, at most {@code limit} per window. With a pipeline it joins its round
   * trip (many users in one trip); with a context or {@code null} it runs at once.
   */
  public static Future<Boolean> allow(String user, int limit, int windowSeconds, Scope scope) {
    return new StringKeyspace<>(COUNTERS, scope).eval(ALLOW, List.of(user),
        List.of(Integer.toString(limit), Integer.toString(windowSeconds)));
  }
}

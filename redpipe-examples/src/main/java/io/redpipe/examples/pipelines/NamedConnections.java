package io.redpipe.examples.pipelines;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/**
 * Two named connections in one execute: each gets one batch, sent in parallel, and the futures
 * of both are filled together (or neither, when one fails).
 */
public final class NamedConnections {
  private NamedConnections() {}

  /** Stores a session on {@code sessions} and counts it on {@code stats}; returns the count. */
  public static long login(UnifiedJedis sessions, UnifiedJedis stats, String user) {
    RedPipe.connect("sessions", sessions);
    RedPipe.connect("stats", stats, true);   // stats batches run inside MULTI/EXEC
    try (Pipeline pipe = RedPipe.pipeline("sessions")) {
      pipe.set("session:" + user, "active", SetParams.setParams().ex(3600));
      Future<Long> logins = RedPipe.autoexec(pipe, "stats", stats2 -> stats2.incr("logins"));
      pipe.execute();
      return logins.get();
    }
  }
}

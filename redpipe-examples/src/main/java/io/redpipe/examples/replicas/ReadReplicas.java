package io.redpipe.examples.replicas;

import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.Scope;
import io.redpipe.connections.ReadFrom;
import io.redpipe.futures.Future;
import java.util.List;
import redis.clients.jedis.RedisClient;

/**
 * The "Reads from replicas" chapter: a connection names its replica and sends its read-only
 * batches there ({@link ReadFrom#PREFER_REPLICA}: to the master when the replica fails). A batch
 * with any write goes to the master. A replica may lag behind: read your own writes from the
 * master (a pipeline holding the write does).
 */
public final class ReadReplicas {
  private ReadReplicas() {}

  /**
   * Connects {@code master} as the default connection of {@code context}, reading from
   * {@code replica}.
   */
  public static void connect(RedPipeContext context, RedisClient master, RedisClient replica) {
    context.connect(master);
    context.connection("").readFrom(ReadFrom.PREFER_REPLICA, replica);
  }

  /** Read-only: the page's title and view count; on a replica when run alone. */
  public static Future<List<String>> page(String id, Scope scope) {
    return RedPipe.autoexec(scope, pipe -> {
      Future<String> title = pipe.get("page:" + id + ":title");
      Future<String> views = pipe.get("page:" + id + ":views");
      return Future.all(List.of(title, views));
    });
  }

  /** A write: counts a view; on the master. */
  public static Future<Long> view(String id, Scope scope) {
    return RedPipe.autoexec(scope, pipe -> pipe.incr("page:" + id + ":views"));
  }
}

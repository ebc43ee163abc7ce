package io.redpipe.examples.gettingstarted;

import io.redpipe.RedPipe;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.List;
import redis.clients.jedis.UnifiedJedis;

/**
 * The "Using RedPipe" chapter: connect a Jedis client once, queue commands on a pipeline, get a
 * future back from each, execute once, then read the futures.
 */
public final class GettingStarted {
  private GettingStarted() {}

  /** Makes {@code client} RedPipe's default connection; call once at start-up. */
  public static void connect(UnifiedJedis client) {
    RedPipe.connect(client);
  }

  /** Increments {@code foo} and {@code bar} in one round trip; returns both new values. */
  public static List<Long> incrementFooAndBar(String foo, String bar) {
    try (Pipeline pipe = RedPipe.pipeline()) {
      Future<Long> first = pipe.incr(foo);       // queued; first.get() would throw ResultNotReady
      Future<Long> second = pipe.incr(bar);
      pipe.execute();                            // one round trip for both
      return List.of(first.get(), second.get());
    }
  }
}

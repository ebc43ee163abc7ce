package io.redpipe.pipelines;

import io.redpipe.futures.Future;
import redis.clients.jedis.Response;

/** What the command recorder hands back to Jedis's command methods: it carries our future. */
final class FutureResponse<T> extends Response<T> {
  private final Future<T> future;

  FutureResponse(QueuedCommand<T> queued) {
    super(queued.command().getBuilder());
    this.future = queued.future();
  }

  Future<T> future() {
    return future;
  }
}

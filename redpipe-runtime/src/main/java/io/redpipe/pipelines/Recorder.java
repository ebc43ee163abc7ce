package io.redpipe.pipelines;

import io.redpipe.InvalidOperation;
import io.redpipe.futures.Future;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;

/**
 * Jedis's command builders, recording each command in the queue of its {@link #owner}. It
 * answers every command with one shared {@code Response}; the pipeline then takes the future of
 * the command just queued, so a queued command costs no {@code Response} of its own. Shared by
 * the pipelines of one {@link Endpoint} (one thread uses a pipeline tree at a time).
 */
final class Recorder extends PipeliningBase {
  final Response<Object> carrier = new Response<>(null);
  /** The pipeline the command being built is queued in. */
  QueueingPipeline owner;
  private QueuedCommand<?> last;

  Recorder(CommandObjects commandObjects) {
    super(commandObjects);
  }

  @Override
  @SuppressWarnings("unchecked")
  protected <T> Response<T> appendCommand(CommandObject<T> command) {
    last = owner.queue(command.getBuilder(), command.getArguments());
    return (Response<T>) (Response<?>) carrier;
  }

  /** The future of the command just queued. */
  @SuppressWarnings("unchecked")
  <T> Future<T> take() {
    QueuedCommand<?> queued = last;
    last = null;
    if (queued == null) {
      throw new InvalidOperation("Jedis answered this command without queueing it; use"
          + " executeCommand(commandObjects()....) instead");
    }
    return (Future<T>) queued.future();
  }
}

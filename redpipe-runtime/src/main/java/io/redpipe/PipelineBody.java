package io.redpipe;

import io.redpipe.pipelines.Pipeline;

/**
 * The body of {@link RedPipe#autoexec(Scope, PipelineBody)}: queues commands on the pipeline
 * it is given and returns a result, typically a future.
 *
 * @param <T> the type of the result
 */
@FunctionalInterface
public interface PipelineBody<T> {
  /**
   * Queues commands on {@code pipe} and returns the result of the autoexec call.
   *
   * @param pipe the pipeline to queue the commands on
   * @return the result of the autoexec call, typically a future filled when the root executes
   */
  T run(Pipeline pipe);
}

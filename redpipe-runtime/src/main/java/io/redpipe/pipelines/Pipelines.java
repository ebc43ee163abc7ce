package io.redpipe.pipelines;

import io.redpipe.InvalidPipeline;
import io.redpipe.connections.ConnectionRegistry;
import java.util.Objects;

/** Creates root and nested pipelines; {@code RedPipe} is the usual way in. */
public final class Pipelines {
  private Pipelines() {}

  /** Returns a new root pipeline whose commands go to connection {@code name}. */
  public static Pipeline root(ConnectionRegistry registry, String name) {
    Objects.requireNonNull(registry, "registry");
    return new QueueingPipeline(registry, null, ConnectionRegistry.normalize(name));
  }

  /**
   * Returns a new pipeline nested in {@code parent} whose commands go to connection
   * {@code name} (independent of the parent's connection), or a root when {@code parent} is
   * {@code null}.
   */
  public static Pipeline nested(ConnectionRegistry registry, Pipeline parent, String name) {
    Objects.requireNonNull(registry, "registry");
    if (parent == null) {
      return root(registry, name);
    }
    if (!(parent instanceof QueueingPipeline)) {
      throw new InvalidPipeline("the parent " + parent + " is not a RedPipe pipeline:"
          + " create pipelines with RedPipe.pipeline(...)");
    }
    QueueingPipeline queueing = (QueueingPipeline) parent;
    queueing.ensureOpen();
    return new QueueingPipeline(registry, queueing, ConnectionRegistry.normalize(name));
  }

  /**
   * Returns {@code parent} when queueing on it directly is the same as queueing on a pipeline
   * nested in it on connection {@code name} and executing that pipeline at once: {@code parent}
   * is an open RedPipe pipeline on {@code name}, created while {@code name} was configured as it
   * is now. Else returns {@code null} (use {@link #nested}). Keyspaces and structs use this to
   * queue a call that cannot fail part-way without a nested pipeline per call.
   */
  public static Pipeline joinable(ConnectionRegistry registry, Pipeline parent, String name) {
    Objects.requireNonNull(registry, "registry");
    if (parent instanceof QueueingPipeline) {
      QueueingPipeline queueing = (QueueingPipeline) parent;
      return queueing.joinableFor(registry, ConnectionRegistry.normalize(name)) ? queueing : null;
    }
    return null;
  }
}

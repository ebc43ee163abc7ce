package io.redpipe;

/**
 * Where a call runs: a {@link io.redpipe.pipelines.Pipeline} it joins (its commands are sent
 * when the pipeline's root executes), or a {@link RedPipeContext} it runs on at once (one round
 * trip on that context). Keyspaces, structs and {@code autoexec} take a scope; {@code null}
 * means "at once, on the default context" ({@link RedPipe#defaultContext()}).
 *
 * <pre>{@code
 * UserStruct.load("1", pipe);      // joins pipe: filled when pipe's root executes
 * UserStruct.load("1", context);   // one round trip on context, filled on return
 * UserStruct.load("1", null);      // one round trip on the default context
 * }</pre>
 *
 * <p>Only pipelines and contexts are scopes; RedPipe does not accept other implementations.
 */
public interface Scope {
  /**
   * The context this scope belongs to.
   *
   * @return the pipeline's context, or the context itself
   */
  RedPipeContext context();
}

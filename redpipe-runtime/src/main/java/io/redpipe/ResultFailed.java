package io.redpipe;

/**
 * A future was read after the execute that fills it failed (or after user code failed it with
 * {@link io.redpipe.futures.Future#fail}). The message says why; {@link #getCause()} is the
 * failure itself, usually the {@link PipelineFailed} that the root's {@code execute()} threw.
 *
 * <p>A new instance is thrown on each read, so its stack trace shows where the value was read;
 * the cause's stack trace shows where the execute failed.
 */
public class ResultFailed extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, naming the command of the future when that command itself failed
   * @param cause the failure of the execute (or the exception a user failed the future with)
   */
  public ResultFailed(String message, Throwable cause) {
    super(message, cause);
  }
}

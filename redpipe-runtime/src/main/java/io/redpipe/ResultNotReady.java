package io.redpipe;

/**
 * A future was read before the pipeline that fills it executed. Execute the root pipeline first, or check {@code isReady()}.
 */
public class ResultNotReady extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public ResultNotReady(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public ResultNotReady(String message, Throwable cause) {
    super(message, cause);
  }
}

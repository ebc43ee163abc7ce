package io.redpipe;

/**
 * A pipeline cannot be used: it was closed, its parent is not a RedPipe pipeline, or its connection name is not configured (the message names it).
 */
public class InvalidPipeline extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public InvalidPipeline(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public InvalidPipeline(String message, Throwable cause) {
    super(message, cause);
  }
}

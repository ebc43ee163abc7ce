package io.redpipe;

/**
 * The base of every exception RedPipe throws.
 */
public class RedPipeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public RedPipeException(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public RedPipeException(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.redpipe;

/**
 * A value that cannot be stored as the field's type; thrown when the command is queued, and nothing of that call was queued. The message names the field (or key), shows the value and says what was expected.
 */
public class InvalidValue extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public InvalidValue(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public InvalidValue(String message, Throwable cause) {
    super(message, cause);
  }
}

package io.redpipe;

/**
 * An operation that is not allowed here, e.g. NX with XX, a scan iterator inside a pipeline, or updating a struct's key. Nothing of that call was queued.
 */
public class InvalidOperation extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public InvalidOperation(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public InvalidOperation(String message, Throwable cause) {
    super(message, cause);
  }
}

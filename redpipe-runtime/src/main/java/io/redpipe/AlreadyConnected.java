package io.redpipe;

/**
 * A different client was connected under a name that is already in use; the message names the connection. Disconnect it first.
 */
public class AlreadyConnected extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public AlreadyConnected(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public AlreadyConnected(String message, Throwable cause) {
    super(message, cause);
  }
}

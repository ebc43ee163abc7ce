package io.redpipe;

/**
 * Bytes read from Redis that do not decode as the declared type; the message names the key, the field and the bytes.
 */
public class UndecodableValue extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message that says what went wrong and what to do.
   *
   * @param message what went wrong and what to do about it
   */
  public UndecodableValue(String message) {
    super(message);
  }

  /**
   * Creates the exception with a message and the underlying cause.
   *
   * @param message what went wrong and what to do about it
   * @param cause the underlying cause
   */
  public UndecodableValue(String message, Throwable cause) {
    super(message, cause);
  }
}

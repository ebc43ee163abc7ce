package io.redpipe;

/**
 * A root execute's timeout passed before a batch was sent and read: while waiting for a
 * connection, or while writing commands or reading replies (then RedPipe closed the connection,
 * which is never reused). The message names the timeout and the server. Commands already
 * written may have taken effect.
 */
public class ExecuteTimedOut extends RedPipeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message which timeout passed, on which server, doing what
   * @param cause what the interrupted I/O reported, or {@code null}
   */
  public ExecuteTimedOut(String message, Throwable cause) {
    super(message, cause);
  }
}

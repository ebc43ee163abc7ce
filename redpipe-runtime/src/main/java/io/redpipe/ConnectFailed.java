package io.redpipe;

import java.util.Objects;

/**
 * {@code connect} could not talk to the client's server: the server refused the client
 * ({@code WRONGPASS}, {@code NOAUTH}, {@code NOPERM}, or another error reply to opening a
 * connection or to {@code HELLO}), or it could not be reached. The message names the connection
 * and the server's {@code host:port} (when the client tells it) and says what to check; it never
 * shows a password. {@link #getCause()} is the exception Jedis threw, with the server's reply.
 * The name was not connected.
 */
public class ConnectFailed extends RedPipeException {
  private static final long serialVersionUID = 1L;

  private final String connection;

  /**
   * Creates the exception.
   *
   * @param connection the connection's name; {@code ""} for the default
   * @param message what went wrong and what to do
   * @param cause what Jedis reported
   */
  public ConnectFailed(String connection, String message, Throwable cause) {
    super(message, cause);
    this.connection = Objects.requireNonNull(connection, "connection");
  }

  /** The name that was being connected; {@code ""} for the default connection. */
  public String connection() {
    return connection;
  }
}

package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import redis.clients.jedis.ConnectionFactory;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.JedisClientConfig;
import redis.clients.jedis.JedisSocketFactory;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.RedisProtocol;
import redis.clients.jedis.providers.PooledConnectionProvider;

/**
 * A Redis that is not there: clients from {@link #newClient()} send their commands into this
 * object, which records them byte for byte, as a server would receive them, and answers each
 * with a canned {@link Reply}. Connect such a client to a {@code RedPipeContext} and RedPipe code
 * runs unchanged, without a server:
 *
 * <pre>{@code
 * RecordingRedis redis = RecordingRedis.create()
 *     .answer("HGETALL", "U{1}", Reply.map("name", "Ann"))
 *     .answer("HINCRBY", Reply.integer(2));
 * try (RedPipeContext context = RedPipeContext.create(); RedisClient client = redis.newClient()) {
 *   context.connect("users", client);
 *   Dao.visit("1", context);
 * }
 * assertEquals(List.of("HGETALL U{1}", "HINCRBY U{1} visits 1"), redis.commandLines());
 * assertEquals(1, redis.roundTrips());
 * }</pre>
 *
 * <p>Answers are matched newest first: by command and key, by command, by a function, or by the
 * position of the command ({@link #answerAt}). An unanswered command gets an error reply naming
 * it, which RedPipe reports as that command's failure. The handshake of a new connection
 * ({@code HELLO}, {@code AUTH}, {@code CLIENT SETINFO}, {@code SELECT}) is answered and not
 * recorded. Thread-safe: several connections and threads may record at once.
 */
public final class RecordingRedis implements CannedReplies<RecordingRedis> {
  private final AnswerList answers = new AnswerList("RecordingRedis");
  private final Recording recording = new Recording();
  private final Session.Server server = new Session.Server() {
    @Override
    public String mode() {
      return "standalone";
    }

    @Override
    public Reply unrecorded(RecordedCommand command) {
      return null;
    }

    @Override
    public int record(RecordedCommand command) {
      return recording.record(command);
    }

    @Override
    public Reply reply(RecordedCommand command, int position, boolean asking) {
      return recording.replyTo(command, position, answers, "");
    }
  };

  private RecordingRedis() {}

  /**
   * Returns a recording Redis with no canned reply.
   *
   * @return a new recording Redis
   */
  public static RecordingRedis create() {
    return new RecordingRedis();
  }

  /**
   * A client speaking RESP3 (as Jedis 8's {@code RedisClient} does by default) whose connections
   * record into this object; the caller closes it.
   *
   * @return a new client
   */
  public RedisClient newClient() {
    return newClient(RedisProtocol.RESP3);
  }

  /**
   * A client speaking {@code protocol} whose connections record into this object.
   *
   * @param protocol RESP2 or RESP3
   * @return a new client
   */
  public RedisClient newClient(RedisProtocol protocol) {
    JedisClientConfig config = DefaultJedisClientConfig.builder()
        .protocol(Objects.requireNonNull(protocol, "protocol")).build();
    JedisSocketFactory sockets = () -> new RecordingSocket();
    return RedisClient.builder().clientConfig(config)
        .connectionProvider(new PooledConnectionProvider(new ConnectionFactory(sockets, config)))
        .build();
  }

  @Override
  public RecordingRedis answer(Function<RecordedCommand, Reply> function) {
    answers.add(function);
    return this;
  }

  /**
   * Answers the {@code position}-th recorded command (zero-based, over all connections, handshakes
   * left out) with {@code reply}, whatever it is.
   *
   * @param position the command's position
   * @param reply the reply
   * @return this object
   */
  public RecordingRedis answerAt(int position, Reply reply) {
    recording.answerAt(position, reply);
    return this;
  }

  /**
   * The commands received so far, in order.
   *
   * @return a snapshot
   */
  public List<RecordedCommand> commands() {
    return recording.commands();
  }

  /**
   * The commands received so far as lines, e.g. {@code HINCRBY U{1} visits 1}.
   *
   * @return a snapshot
   */
  public List<String> commandLines() {
    return recording.commandLines();
  }

  /**
   * The round trips so far: each time a client flushed commands and then waited for replies.
   *
   * @return the number of round trips
   */
  public int roundTrips() {
    return recording.roundTrips();
  }

  /** Forgets the recorded commands and round trips; the answers stay. */
  public void clear() {
    recording.clear();
  }

  /**
   * The commands in {@code bytes} as a client wrote them (e.g. captured from a real connection),
   * the handshake ({@code HELLO}, {@code AUTH}, {@code CLIENT SETINFO}, {@code SELECT}) left
   * out: to compare what a real server received with what this object recorded.
   *
   * @param bytes complete RESP command arrays
   * @return the commands, in order
   */
  public static List<RecordedCommand> parse(byte[] bytes) {
    List<RecordedCommand> all = new ArrayList<>();
    CommandReader.read(bytes, all);
    all.removeIf(CommandReader::isHandshake);
    return all;
  }

  /** One client connection: parses what the client writes, answers into what it reads. */
  private final class RecordingSocket extends Socket {
    private final CommandReader received = new CommandReader();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private final Session session = new Session(server);
    private byte[] pending = new byte[0];
    private int readAt;
    private boolean sentSince;
    private boolean closed;

    @Override
    public OutputStream getOutputStream() {
      return new OutputStream() {
        @Override
        public void write(int b) {
          received.add(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          received.add(b, off, len);
        }

        @Override
        public void flush() {
          parse();
          if (sentSince) {
            recording.roundTrip();
            sentSince = false;
          }
        }
      };
    }

    @Override
    public InputStream getInputStream() {
      return new InputStream() {
        @Override
        public int read() {
          if (!fill()) {
            return -1;
          }
          return pending[readAt++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
          if (len == 0) {
            return 0;
          }
          if (!fill()) {
            return -1;
          }
          int n = Math.min(len, pending.length - readAt);
          System.arraycopy(pending, readAt, b, off, n);
          readAt += n;
          return n;
        }
      };
    }

    /** Moves the replies written so far to where the client reads them. */
    private boolean fill() {
      if (readAt >= pending.length) {
        parse();
        pending = replies.toByteArray();
        replies.reset();
        readAt = 0;
      }
      return readAt < pending.length;
    }

    /** Takes every complete command out of what was received and answers it. */
    private void parse() {
      for (RecordedCommand command : received.take()) {
        if (session.handle(command, replies)) {
          sentSince = true;
        }
      }
    }

    @Override
    public boolean isConnected() {
      return !closed;
    }

    @Override
    public boolean isBound() {
      return true;
    }

    @Override
    public boolean isClosed() {
      return closed;
    }

    @Override
    public boolean isInputShutdown() {
      return closed;
    }

    @Override
    public boolean isOutputShutdown() {
      return closed;
    }

    @Override
    public void setSoTimeout(int timeout) {
      // Replies are ready when the client reads: nothing to wait for.
    }

    @Override
    public int getSoTimeout() {
      return 0;
    }

    @Override
    public synchronized void close() throws IOException {
      closed = true;
    }
  }
}

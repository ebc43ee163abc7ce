package io.redpipe.testkit.recording;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
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
public final class RecordingRedis {
  private final List<Function<RecordedCommand, Reply>> answers = new CopyOnWriteArrayList<>();
  private final Map<Integer, Reply> byPosition = new ConcurrentHashMap<>();
  private final List<RecordedCommand> commands = Collections.synchronizedList(new ArrayList<>());
  private final AtomicInteger roundTrips = new AtomicInteger();

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

  /**
   * Answers {@code command} on {@code key} (its first argument) with {@code reply}.
   *
   * @param command the command's name, any case
   * @param key the first argument
   * @param reply the reply
   * @return this object
   */
  public RecordingRedis answer(String command, String key, Reply reply) {
    String name = Objects.requireNonNull(command, "command").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(reply, "reply");
    answers.add(0, recorded -> recorded.name().equals(name) && key.equals(recorded.key())
        ? reply : null);
    return this;
  }

  /**
   * Answers every {@code command} with {@code reply}.
   *
   * @param command the command's name, any case
   * @param reply the reply
   * @return this object
   */
  public RecordingRedis answer(String command, Reply reply) {
    String name = Objects.requireNonNull(command, "command").toUpperCase(Locale.ROOT);
    Objects.requireNonNull(reply, "reply");
    answers.add(0, recorded -> recorded.name().equals(name) ? reply : null);
    return this;
  }

  /**
   * Answers with {@code function}, which returns {@code null} for the commands it does not
   * answer.
   *
   * @param function the answers
   * @return this object
   */
  public RecordingRedis answer(Function<RecordedCommand, Reply> function) {
    answers.add(0, Objects.requireNonNull(function, "function"));
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
    byPosition.put(position, Objects.requireNonNull(reply, "reply"));
    return this;
  }

  /**
   * The commands received so far, in order.
   *
   * @return a snapshot
   */
  public List<RecordedCommand> commands() {
    synchronized (commands) {
      return List.copyOf(commands);
    }
  }

  /**
   * The commands received so far as lines, e.g. {@code HINCRBY U{1} visits 1}.
   *
   * @return a snapshot
   */
  public List<String> commandLines() {
    List<String> lines = new ArrayList<>();
    commands().forEach(command -> lines.add(command.toString()));
    return lines;
  }

  /**
   * The round trips so far: each time a client flushed commands and then waited for replies.
   *
   * @return the number of round trips
   */
  public int roundTrips() {
    return roundTrips.get();
  }

  /** Forgets the recorded commands and round trips; the answers stay. */
  public void clear() {
    commands.clear();
    roundTrips.set(0);
  }

  private Reply answer(RecordedCommand command, int position) {
    Reply at = byPosition.get(position);
    if (at != null) {
      return at;
    }
    for (Function<RecordedCommand, Reply> answer : answers) {
      Reply reply = answer.apply(command);
      if (reply != null) {
        return reply;
      }
    }
    return Reply.error("ERR RecordingRedis has no canned reply for " + command
        + "; answer it with answer(\"" + command.name() + "\", ...)");
  }

  /** One client connection: parses what the client writes, answers into what it reads. */
  private final class RecordingSocket extends Socket {
    private final ByteArrayOutputStream received = new ByteArrayOutputStream();
    private final ByteArrayOutputStream replies = new ByteArrayOutputStream();
    private byte[] pending = new byte[0];
    private int readAt;
    private boolean resp3;
    private boolean sentSince;
    private boolean closed;
    /** The answers of the commands queued since MULTI; {@code null} outside a transaction. */
    private List<Reply> queued;

    @Override
    public OutputStream getOutputStream() {
      return new OutputStream() {
        @Override
        public void write(int b) {
          received.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
          received.write(b, off, len);
        }

        @Override
        public void flush() {
          parse();
          if (sentSince) {
            roundTrips.incrementAndGet();
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
      byte[] bytes = received.toByteArray();
      int at = 0;
      while (true) {
        Parsed parsed = Parsed.command(bytes, at);
        if (parsed == null) {
          break;
        }
        byte[] raw = java.util.Arrays.copyOfRange(bytes, at, parsed.end);
        at = parsed.end;
        handle(new RecordedCommand(parsed.arguments, raw));
      }
      received.reset();
      received.write(bytes, at, bytes.length - at);
    }

    private void handle(RecordedCommand command) {
      String name = command.name();
      if (name.equals("HELLO")) {
        if (!command.args().isEmpty()) {
          resp3 = command.args().get(0).equals("3");
        }
        hello();
        return;
      }
      if (name.equals("AUTH") || name.equals("SELECT") || (name.equals("CLIENT")
          && !command.args().isEmpty() && command.args().get(0).toUpperCase(Locale.ROOT)
              .startsWith("SET"))) {
        Reply.ok().write(replies, resp3);
        return;
      }
      int position;
      synchronized (commands) {
        position = commands.size();
        commands.add(command);
      }
      sentSince = true;
      if (name.equals("MULTI")) {
        queued = new ArrayList<>();
        Reply.ok().write(replies, resp3);
      } else if (name.equals("EXEC") && queued != null) {
        Reply.array(queued.toArray(new Reply[0])).write(replies, resp3);
        queued = null;
      } else if (queued != null) {
        queued.add(answer(command, position));
        Reply.simple("QUEUED").write(replies, resp3);
      } else {
        answer(command, position).write(replies, resp3);
      }
    }

    private void hello() {
      String[] texts = {"server", "redis", "version", "7.0.0", "mode", "standalone",
          "role", "master"};
      Reply.writeLine(replies, (resp3 ? "%" : "*") + (resp3 ? 5 : 10));
      for (String text : texts) {
        Reply.bulk(text).write(replies, resp3);
      }
      Reply.bulk("proto").write(replies, resp3);
      Reply.integer(resp3 ? 3 : 2).write(replies, resp3);
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

  /**
   * The commands in {@code bytes} as a client wrote them (e.g. captured from a real connection),
   * the handshake ({@code HELLO}, {@code AUTH}, {@code CLIENT SETINFO}, {@code SELECT}) left
   * out: to compare what a real server received with what this object recorded.
   *
   * @param bytes complete RESP command arrays
   * @return the commands, in order
   */
  public static List<RecordedCommand> parse(byte[] bytes) {
    List<RecordedCommand> parsed = new ArrayList<>();
    int at = 0;
    while (true) {
      Parsed next = Parsed.command(bytes, at);
      if (next == null) {
        return parsed;
      }
      RecordedCommand command =
          new RecordedCommand(next.arguments, java.util.Arrays.copyOfRange(bytes, at, next.end));
      at = next.end;
      String name = command.name();
      boolean handshake = name.equals("HELLO") || name.equals("AUTH") || name.equals("SELECT")
          || (name.equals("CLIENT") && !command.args().isEmpty()
              && command.args().get(0).toUpperCase(Locale.ROOT).startsWith("SET"));
      if (!handshake) {
        parsed.add(command);
      }
    }
  }

  /** A complete RESP array of bulk strings at some offset, or null when incomplete. */
  private static final class Parsed {
    final List<byte[]> arguments;
    final int end;

    private Parsed(List<byte[]> arguments, int end) {
      this.arguments = arguments;
      this.end = end;
    }

    static Parsed command(byte[] bytes, int start) {
      int[] at = {start};
      Long count = number(bytes, at, '*');
      if (count == null) {
        return null;
      }
      List<byte[]> arguments = new ArrayList<>();
      for (long i = 0; i < count; i++) {
        Long length = number(bytes, at, '$');
        if (length == null || at[0] + length + 2 > bytes.length) {
          return null;
        }
        arguments.add(java.util.Arrays.copyOfRange(bytes, at[0], at[0] + length.intValue()));
        at[0] += length.intValue() + 2;
      }
      return new Parsed(arguments, at[0]);
    }

    /** {@code <type><digits>\r\n} at {@code at[0]}; moves past it. */
    private static Long number(byte[] bytes, int[] at, char type) {
      int i = at[0];
      if (i >= bytes.length) {
        return null;
      }
      if (bytes[i] != type) {
        throw new IllegalStateException("RecordingRedis expected '" + type + "' at byte " + i
            + " of what the client sent, found '" + (char) bytes[i] + "': not a command array");
      }
      int lineEnd = -1;
      for (int j = i + 1; j + 1 < bytes.length; j++) {
        if (bytes[j] == '\r' && bytes[j + 1] == '\n') {
          lineEnd = j;
          break;
        }
      }
      if (lineEnd < 0) {
        return null;
      }
      long value = Long.parseLong(new String(bytes, i + 1, lineEnd - i - 1, StandardCharsets.US_ASCII));
      at[0] = lineEnd + 2;
      return value;
    }
  }
}

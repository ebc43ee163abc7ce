package io.redpipe.scripts;

import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.Bytes;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.Builder;
import redis.clients.jedis.CommandArguments;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.Protocol;

/**
 * A Lua script, created once from its source, run with {@code EVALSHA} by its SHA1 digest (like
 * redis-py's {@code register_script} or Redisson's {@code RScript}). RedPipe loads it on a
 * server whose script cache RedPipe does not know to hold it ({@code SCRIPT LOAD} in the same
 * round trip, before the batch's commands), and when a server answers {@code NOSCRIPT} anyway
 * (after {@code SCRIPT FLUSH}, a restart or a failover) it loads the script and runs again only
 * the calls that got {@code NOSCRIPT}, in one more round trip within the same execute. A
 * {@code NOSCRIPT} reply means the script did not run, so running it again is safe.
 *
 * <pre>{@code
 * static final Script<Long> INCR_CAPPED = Script.of(
 *     "local v = redis.call('INCR', KEYS[1]) "
 *     + "if v > tonumber(ARGV[1]) then redis.call('SET', KEYS[1], ARGV[1]) return tonumber(ARGV[1]) end "
 *     + "return v", ReplyDecoder.LONG);
 *
 * Future<Long> hits = INCR_CAPPED.call(pipe, List.of("hits"), List.of("100"));
 * Future<Long> user = userKeyspace.eval(INCR_CAPPED, List.of("1"), List.of("100"));  // key U{1}
 * }</pre>
 *
 * <p>A script is immutable and thread-safe; keep it in a constant. What RedPipe knows about the
 * servers' script caches belongs to each connection of each context.
 *
 * @param <T> the type its decoder gives
 */
public final class Script<T> {
  private final String source;
  private final byte[] sourceBytes;
  private final String sha1;
  private final ReplyDecoder<T> decoder;
  private final Builder<T> builder;

  private Script(String source, byte[] sourceBytes, String sha1, ReplyDecoder<T> decoder) {
    this.source = source;
    this.sourceBytes = sourceBytes;
    this.sha1 = sha1;
    this.decoder = decoder;
    this.builder = new Builder<>() {
      @Override
      public T build(Object reply) {
        return decodeReply(reply);
      }
    };
  }

  /**
   * A script whose result is the raw reply ({@link ReplyDecoder#RAW}).
   *
   * @param source the Lua source
   * @return the script
   * @throws InvalidValue when {@code source} is null or blank
   */
  public static Script<Object> of(String source) {
    return of(source, ReplyDecoder.RAW);
  }

  /**
   * A script whose result {@code decoder} decodes.
   *
   * @param source the Lua source
   * @param decoder decodes the script's reply, e.g. {@link ReplyDecoder#LONG}
   * @param <T> the decoded type
   * @return the script
   * @throws InvalidValue when {@code source} is null or blank
   * @throws NullPointerException when {@code decoder} is null
   */
  public static <T> Script<T> of(String source, ReplyDecoder<T> decoder) {
    if (source == null || source.isBlank()) {
      throw new InvalidValue("a script needs Lua source, got " + (source == null ? "null"
          : "a blank string"));
    }
    Objects.requireNonNull(decoder, "decoder");
    byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
    return new Script<>(source, bytes, sha1Of(bytes), decoder);
  }

  /**
   * The same script with another decoder (same source, same SHA1).
   *
   * @param other decodes the script's reply
   * @param <R> the decoded type
   * @return the script decoding with {@code other}
   */
  public <R> Script<R> returning(ReplyDecoder<R> other) {
    return new Script<>(source, sourceBytes, sha1, Objects.requireNonNull(other, "decoder"));
  }

  /**
   * The Lua source.
   *
   * @return the source as given
   */
  public String source() {
    return source;
  }

  /**
   * The SHA1 digest {@code EVALSHA} names the script by, as Redis computes it.
   *
   * @return 40 lower-case hex digits
   */
  public String sha1() {
    return sha1;
  }

  /**
   * The decoder of the script's replies.
   *
   * @return the decoder
   */
  public ReplyDecoder<T> decoder() {
    return decoder;
  }

  /**
   * Runs the script on the default connection with raw keys (not namespaced).
   *
   * @param scope the pipeline to join, the context to run on at once, or {@code null}
   * @param keys the keys ({@code KEYS}); on a cluster all in one hash slot
   * @param args the arguments ({@code ARGV}), sent as UTF-8
   * @return the decoded result, completed when the pipeline's root executes (at once without one)
   * @throws NullPointerException when a list or one of its elements is null (nothing is queued)
   * @throws io.redpipe.InvalidOperation on a cluster connection when the keys are in several
   *     slots or there is none (nothing is queued)
   */
  public Future<T> call(Scope scope, List<String> keys, List<String> args) {
    return call(scope, null, keys, args);
  }

  /**
   * Runs the script on connection {@code connection} with raw keys (not namespaced).
   *
   * @param scope the pipeline to join, the context to run on at once, or {@code null}
   * @param connection the connection's name; {@code null} or {@code ""} is the default
   * @param keys the keys ({@code KEYS}); on a cluster all in one hash slot
   * @param args the arguments ({@code ARGV}), sent as UTF-8
   * @return the decoded result, completed when the pipeline's root executes (at once without one)
   * @throws NullPointerException when a list or one of its elements is null (nothing is queued)
   * @throws io.redpipe.InvalidOperation on a cluster connection when the keys are in several
   *     slots or there is none (nothing is queued)
   */
  public Future<T> call(Scope scope, String connection, List<String> keys, List<String> args) {
    return callBinary(scope, connection, utf8(keys, "keys"), utf8(args, "args"));
  }

  /**
   * Runs the script on connection {@code connection} with binary keys and arguments.
   *
   * @param scope the pipeline to join, the context to run on at once, or {@code null}
   * @param connection the connection's name; {@code null} or {@code ""} is the default
   * @param keys the keys ({@code KEYS}); on a cluster all in one hash slot
   * @param args the arguments ({@code ARGV})
   * @return the decoded result, completed when the pipeline's root executes (at once without one)
   * @throws NullPointerException when a list or one of its elements is null (nothing is queued)
   * @throws io.redpipe.InvalidOperation on a cluster connection when the keys are in several
   *     slots or there is none (nothing is queued)
   */
  public Future<T> callBinary(Scope scope, String connection, List<byte[]> keys,
      List<byte[]> args) {
    CommandObject<T> command = command(keys, args);
    Pipeline joined = scope instanceof Pipeline
        ? Pipelines.joinable((Pipeline) scope, connection) : null;
    if (joined != null) {
      return joined.executeCommand(command);
    }
    return RedPipe.autoexec(scope, connection, pipe -> pipe.executeCommand(command));
  }

  /**
   * The {@code EVALSHA} command of one call, for {@code pipe.executeCommand(...)}; keyspaces use
   * it with namespaced keys.
   *
   * @param keys the keys ({@code KEYS})
   * @param args the arguments ({@code ARGV})
   * @return the command, whose arguments are {@link ScriptArguments}
   * @throws NullPointerException when a list or one of its elements is null
   */
  public CommandObject<T> command(List<byte[]> keys, List<byte[]> args) {
    return new CommandObject<>(new ScriptArguments(this, copy(keys, "keys"), copy(args, "args")),
        builder);
  }

  /** {@code SCRIPT LOAD source}. */
  CommandArguments load() {
    return new CommandArguments(Protocol.Command.SCRIPT).add(Protocol.Keyword.LOAD)
        .add(sourceBytes);
  }

  byte[] sourceBytes() {
    return sourceBytes;
  }

  private T decodeReply(Object reply) {
    try {
      return decoder.decode(reply);
    } catch (RuntimeException e) {
      throw new UndecodableValue(this + ": " + decoder + " can't decode its reply "
          + (reply instanceof byte[] ? Bytes.printable((byte[]) reply) : String.valueOf(reply))
          + ": " + e.getMessage(), e);
    }
  }

  private static List<byte[]> utf8(List<String> values, String what) {
    Objects.requireNonNull(values, what);
    List<byte[]> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(Objects.requireNonNull(values.get(i), what + "[" + i + "]")
          .getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static List<byte[]> copy(List<byte[]> values, String what) {
    Objects.requireNonNull(values, what);
    List<byte[]> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      out.add(Objects.requireNonNull(values.get(i), what + "[" + i + "]"));
    }
    return out;
  }

  private static String sha1Of(byte[] source) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-1").digest(source);
      StringBuilder hex = new StringBuilder(40);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this JVM has no SHA-1, which every Java platform has", e);
    }
  }

  /**
   * Names the script by the start of its digest and of its source.
   *
   * @return e.g. {@code script 1f2e3d4c ("local v = redis.call('INCR'...")}
   */
  @Override
  public String toString() {
    String start = source.strip().replaceAll("\\s+", " ");
    return "script " + sha1.substring(0, 8) + " (\""
        + (start.length() > 40 ? start.substring(0, 40) + "..." : start) + "\")";
  }
}

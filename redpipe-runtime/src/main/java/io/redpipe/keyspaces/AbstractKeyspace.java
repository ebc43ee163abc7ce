package io.redpipe.keyspaces;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.RedPipeContext;
import io.redpipe.Scope;
import io.redpipe.UndecodableValue;
import io.redpipe.codecs.FieldCodec;
import io.redpipe.futures.Future;
import io.redpipe.connections.Connection;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.scripts.Script;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import redis.clients.jedis.Builder;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.CommandObject;
import redis.clients.jedis.CommandObjects;
import redis.clients.jedis.args.ExpiryOption;
import redis.clients.jedis.commands.ProtocolCommand;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/**
 * The commands every keyspace kind shares, over keys {@code prefix{id}}. A keyspace is bound to
 * a {@link Scope}: on a pipeline, each call joins it (the returned future is completed when the
 * root executes) and runs on the pipeline's context; on a context (or {@code null}: the default
 * context), each call is one round trip on it and the returned future is complete on return.
 *
 * @param <V> the Java type of the keyspace's values
 */
public abstract class AbstractKeyspace<V> {
  private final String prefix;
  private final FieldCodec<V> valueCodec;
  private final KeyEncoder keys;
  /** How calls reach Redis: the scope, the connection, the bound pipeline. */
  private final KeyspaceCalls calls;
  /** Decodes a value read from a key: one function for every call ({@link #send}). */
  final BiFunction<byte[], byte[], V> valueAt = this::decodeAt;
  /** Decodes the values read from a key, {@code null} as an empty list. */
  final BiFunction<byte[], List<byte[]>, List<V>> valuesAt = this::decodeAllAt;

  /**
   * Creates a keyspace.
   *
   * @param prefix the key prefix; blank or containing a brace is an
   *     IllegalArgumentException
   * @param connection the connection's name; {@code null} or {@code ""} is the default
   * @param valueCodec the codec of the values
   * @param scope the pipeline calls join, the context they run on at once, or {@code null} (at
   *     once on the default context)
   */
  protected AbstractKeyspace(String prefix, String connection, FieldCodec<V> valueCodec,
      Scope scope) {
    this.prefix = Keys.checkPrefix(prefix);
    this.keys = KeyEncoder.of(this.prefix);
    this.valueCodec = Objects.requireNonNull(valueCodec, "valueCodec");
    this.calls = new KeyspaceCalls(scope, connection == null ? "" : connection);
  }

  /** The key prefix. */
  public final String prefix() {
    return prefix;
  }

  /** The connection name; {@code ""} is the default. */
  public final String connection() {
    return calls.connection();
  }

  /** The codec of the values. */
  public final FieldCodec<V> valueCodec() {
    return valueCodec;
  }

  /** The bound pipeline, or {@code null} when each call executes at once. */
  public final Pipeline pipeline() {
    return calls.pipeline();
  }

  /**
   * The scope calls run in.
   *
   * @return the bound pipeline, the context calls run on at once, or {@code null} (the default
   *     context)
   */
  public final Scope scope() {
    return calls.scope();
  }

  /**
   * The context calls run on.
   *
   * @return the bound pipeline's context, the bound context, or the default context
   */
  public final RedPipeContext context() {
    return RedPipe.contextOf(calls.scope());
  }

  /** The Redis key of {@code id}: {@code prefix{id}}. */
  public final String key(String id) {
    return Keys.format(prefix, id);
  }

  // ---- helpers for subclasses ------------------------------------------------------------

  /** The UTF-8 bytes of the key of {@code id}. */
  protected final byte[] rawKey(String id) {
    return keys.encode(id);
  }

  /** The keys of {@code ids}; at least one id is required. */
  protected final byte[][] rawKeys(String... ids) {
    Objects.requireNonNull(ids, "ids");
    if (ids.length == 0) {
      throw new InvalidOperation("keyspace '" + prefix + "': pass at least one id");
    }
    byte[][] keys = new byte[ids.length][];
    for (int i = 0; i < ids.length; i++) {
      keys[i] = rawKey(Objects.requireNonNull(ids[i], "ids[" + i + "]"));
    }
    return keys;
  }

  /**
   * InvalidOperation naming the key of {@code id} when {@code items} is empty: Redis rejects
   * {@code command} without at least one of them, so nothing is queued.
   */
  protected final void requireSome(String id, String command, Object[] items, String what) {
    Objects.requireNonNull(items, what);
    if (items.length == 0) {
      throw new InvalidOperation(key(id) + ": " + command + " needs at least one " + what);
    }
  }

  /** Sends the command built by {@code command} through the bound pipeline (or at once). */
  protected final <T> Future<T> call(Function<CommandObjects, CommandObject<T>> command) {
    return calls.call(command);
  }

  /**
   * Sends {@code command key} through the bound pipeline (or at once) without building Jedis's
   * {@code CommandObject}: for the commands of one key whose arguments are all bytes, sent as
   * {@code CommandObjects} would send them ({@code CommandBytesTest}).
   */
  final <T> Future<T> send(Builder<T> builder, ProtocolCommand command, byte[] key) {
    return calls.send(builder, null, command, key, null, null);
  }

  /** {@link #send(Builder, ProtocolCommand, byte[])} of {@code command key argument}. */
  final <T> Future<T> send(Builder<T> builder, ProtocolCommand command, byte[] key,
      byte[] argument) {
    return calls.send(builder, null, command, key, argument, null);
  }

  /** {@link #send(Builder, ProtocolCommand, byte[])} of {@code command key arguments...} (one or more). */
  final <T> Future<T> sendAll(Builder<T> builder, ProtocolCommand command, byte[] key,
      byte[][] arguments) {
    return calls.send(builder, null, command, key, arguments[0], rest(arguments));
  }

  /**
   * {@link #send(Builder, ProtocolCommand, byte[])} of {@code command key [argument [more...]]},
   * the reply mapped by {@code fn} of the key and the reply ({@code null}: not mapped).
   */
  final <T, R> Future<R> send(Builder<T> builder, BiFunction<byte[], ? super T, ? extends R> fn,
      ProtocolCommand command, byte[] key, byte[] argument, byte[][] more) {
    return calls.send(builder, fn, command, key, argument, more);
  }

  /** The arguments after the first, or {@code null} when there are none. */
  static byte[][] rest(byte[][] arguments) {
    return arguments.length > 1 ? Arrays.copyOfRange(arguments, 1, arguments.length) : null;
  }

  /** Decodes the value read from {@code key} (the key, for the message when it cannot). */
  private V decodeAt(byte[] key, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return valueCodec.decode(bytes);
    } catch (RuntimeException e) {
      return decodeWith(Keys.text(key), label(null), valueCodec, bytes);
    }
  }

  /** Like {@link #call(Function)}, converting the reply with {@code convert}. */
  protected final <T, R> Future<R> call(Function<CommandObjects, CommandObject<T>> command,
      Function<? super T, ? extends R> convert) {
    return calls.call(command, convert);
  }

  /** Encodes a value stored at {@code id}; InvalidValue naming the key and the value. */
  protected final byte[] encode(String id, V value) {
    return encodeFor(id, null, valueCodec, value);
  }

  /**
   * {@link #encodeWith} for the key of {@code id} and {@code member} ({@code null}: the value),
   * building the key and the field's name only when the value cannot be stored.
   */
  final <T> byte[] encodeFor(String id, String member, FieldCodec<T> codec, Object value) {
    if (value != null) {
      try {
        return codec.encode(codec.cast(value));
      } catch (RuntimeException e) {
        // encodeWith below fails the same way, with the key and the field in the message.
      }
    }
    return encodeWith(key(id), label(member), codec, value);
  }

  /**
   * {@link #decodeWith} for the key of {@code id} and {@code member} ({@code null}: the value),
   * building the key and the field's name only when the bytes cannot be decoded.
   */
  final <T> T decodeFor(String id, String member, FieldCodec<T> codec, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return codec.decode(bytes);
    } catch (RuntimeException e) {
      return decodeWith(key(id), label(member), codec, bytes);
    }
  }

  private static String label(String member) {
    return member == null ? "value" : "field '" + member + "'";
  }

  /** Encodes each value stored at {@code id}. */
  protected final byte[][] encodeAll(String id, List<? extends V> values) {
    Objects.requireNonNull(values, "values");
    byte[][] out = new byte[values.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = encode(id, values.get(i));
    }
    return out;
  }

  /** Decodes a value read from {@code id}; {@code null} stays {@code null}. */
  protected final V decode(String id, byte[] bytes) {
    return decodeFor(id, null, valueCodec, bytes);
  }

  /** Decodes each value read from {@code id}; {@code null} list → empty list. */
  protected final List<V> decodeAll(String id, List<byte[]> values) {
    return decodeAllAt(rawKey(id), values);
  }

  private List<V> decodeAllAt(byte[] key, List<byte[]> values) {
    List<V> out = new ArrayList<>(values == null ? 0 : values.size());
    if (values != null) {
      for (byte[] bytes : values) {
        out.add(decodeAt(key, bytes));
      }
    }
    return out;
  }

  /** Encodes {@code value} with {@code codec}; errors name the key, the field and the value. */
  static <T> byte[] encodeWith(String key, String field, FieldCodec<T> codec, Object value) {
    if (value == null) {
      throw new InvalidValue(key + " " + field + ": null cannot be stored as "
          + codec.typeName() + "; delete the value instead");
    }
    try {
      return codec.encode(codec.cast(value));
    } catch (InvalidValue e) {
      throw new InvalidValue(key + " " + field + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new InvalidValue(key + " " + field + ": cannot store " + value + " as "
          + codec.typeName() + ": " + e.getMessage(), e);
    }
  }

  /** Decodes {@code bytes} with {@code codec}; errors name the key, the field and the bytes. */
  static <T> T decodeWith(String key, String field, FieldCodec<T> codec, byte[] bytes) {
    if (bytes == null) {
      return null;
    }
    try {
      return codec.decode(bytes);
    } catch (RuntimeException e) {
      throw new UndecodableValue(key + " " + field + ": cannot decode " + Arrays.toString(bytes)
          + " (\"" + Keys.text(bytes) + "\") as " + codec.typeName() + ": " + e.getMessage(), e);
    }
  }

  static Boolean isOne(Long reply) {
    return reply != null && reply == 1L;
  }

  static Boolean isOk(String reply) {
    return "OK".equals(reply);
  }

  // ---- commands on every kind --------------------------------------------------------------

  /** DEL of the given ids; the number of keys removed. */
  public Future<Long> delete(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.del(keys));
  }

  /** UNLINK of the given ids (non-blocking delete); the number of keys removed. */
  public Future<Long> unlink(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.unlink(keys));
  }

  /** Whether the key of {@code id} exists. */
  public Future<Boolean> exists(String id) {
    return send(BuilderFactory.BOOLEAN, Protocol.Command.EXISTS, rawKey(id));
  }

  /** EXISTS of several ids: how many of them exist (an id given twice counts twice). */
  public Future<Long> countExisting(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.exists(keys));
  }

  /** EXPIRE in seconds; true when the timeout was set. */
  public Future<Boolean> expire(String id, long seconds) {
    return send(Replies.ONE, Protocol.Command.EXPIRE, rawKey(id), Protocol.toByteArray(seconds));
  }

  /** EXPIRE with NX / XX / GT / LT (Redis 7); true when the timeout was set. */
  public Future<Boolean> expire(String id, long seconds, ExpiryOption option) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(option, "option");
    return call(c -> c.expire(key, seconds, option), AbstractKeyspace::isOne);
  }

  /** PEXPIRE in milliseconds; true when the timeout was set. */
  public Future<Boolean> pexpire(String id, long millis) {
    return send(Replies.ONE, Protocol.Command.PEXPIRE, rawKey(id), Protocol.toByteArray(millis));
  }

  /** PEXPIRE with NX / XX / GT / LT (Redis 7). */
  public Future<Boolean> pexpire(String id, long millis, ExpiryOption option) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(option, "option");
    return call(c -> c.pexpire(key, millis, option), AbstractKeyspace::isOne);
  }

  /** EXPIREAT a unix time in seconds; true when the timeout was set. */
  public Future<Boolean> expireAt(String id, long unixSeconds) {
    return send(Replies.ONE, Protocol.Command.EXPIREAT, rawKey(id), Protocol.toByteArray(unixSeconds));
  }

  /** EXPIREAT with NX / XX / GT / LT (Redis 7). */
  public Future<Boolean> expireAt(String id, long unixSeconds, ExpiryOption option) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(option, "option");
    return call(c -> c.expireAt(key, unixSeconds, option), AbstractKeyspace::isOne);
  }

  /** PEXPIREAT a unix time in milliseconds; true when the timeout was set. */
  public Future<Boolean> pexpireAt(String id, long unixMillis) {
    return send(Replies.ONE, Protocol.Command.PEXPIREAT, rawKey(id), Protocol.toByteArray(unixMillis));
  }

  /** PEXPIREAT with NX / XX / GT / LT (Redis 7). */
  public Future<Boolean> pexpireAt(String id, long unixMillis, ExpiryOption option) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(option, "option");
    return call(c -> c.pexpireAt(key, unixMillis, option), AbstractKeyspace::isOne);
  }

  /** TTL in seconds; -2 when the key is missing, -1 when it has no timeout. */
  public Future<Long> ttl(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.TTL, rawKey(id));
  }

  /** PTTL in milliseconds; -2 when the key is missing, -1 when it has no timeout. */
  public Future<Long> pttl(String id) {
    return send(BuilderFactory.LONG, Protocol.Command.PTTL, rawKey(id));
  }

  /** PERSIST; true when a timeout was removed. */
  public Future<Boolean> persist(String id) {
    return send(Replies.ONE, Protocol.Command.PERSIST, rawKey(id));
  }

  /** TYPE: {@code string}, {@code hash}, {@code list}, ...; {@code none} when missing. */
  public Future<String> type(String id) {
    return send(BuilderFactory.STRING, Protocol.Command.TYPE, rawKey(id));
  }

  /** DUMP: the serialized value, {@code null} when missing. */
  public Future<byte[]> dump(String id) {
    return send(BuilderFactory.BINARY, Protocol.Command.DUMP, rawKey(id));
  }

  /** TOUCH of the given ids (updates their last access time); how many exist. */
  public Future<Long> touch(String... ids) {
    byte[][] keys = rawKeys(ids);
    return call(c -> c.touch(keys));
  }

  /**
   * COPY the value of {@code id} to {@code newId} (same keyspace; Redis 6.2); with
   * {@code replace} an existing target is overwritten. True when copied.
   */
  public Future<Boolean> copy(String id, String newId, boolean replace) {
    byte[] key = rawKey(id);
    byte[] target = rawKey(newId);
    return call(c -> c.copy(key, target, replace));
  }

  /**
   * OBJECT ENCODING: the internal encoding ({@code listpack}, {@code int}, {@code hashtable},
   * ...), {@code null} when missing. Python RedPipe's {@code object("encoding", id)}.
   */
  public Future<String> objectEncoding(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.objectEncoding(key), Keys::text);
  }

  /** OBJECT REFCOUNT, {@code null} when missing. Python's {@code object("refcount", id)}. */
  public Future<Long> objectRefcount(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.objectRefcount(key));
  }

  /**
   * OBJECT IDLETIME in seconds, {@code null} when missing (a server error under an LFU
   * maxmemory policy). Python's {@code object("idletime", id)}.
   */
  public Future<Long> objectIdletime(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.objectIdletime(key));
  }

  /**
   * OBJECT FREQ (the LFU access counter), {@code null} when missing; a server error unless the
   * server runs an LFU maxmemory policy. Python's {@code object("freq", id)}.
   */
  public Future<Long> objectFreq(String id) {
    byte[] key = rawKey(id);
    return call(c -> c.objectFreq(key));
  }

  /** RESTORE a DUMP payload with a ttl in milliseconds (0 = none); "OK". Fails when the key exists. */
  public Future<String> restore(String id, long ttlMillis, byte[] payload) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(payload, "payload");
    return call(c -> c.restore(key, ttlMillis, payload));
  }

  /** RESTORE unless the key exists (a Lua script); 1 when restored, 0 when the key existed. */
  public Future<Long> restoreNx(String id, long ttlMillis, byte[] payload) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(payload, "payload");
    return call(c -> RestoreNxScript.command(c, key, ttlMillis, payload), reply -> (Long) reply);
  }

  /** RENAME {@code id} to {@code newId} (same keyspace); true. */
  public Future<Boolean> rename(String id, String newId) {
    byte[] key = rawKey(id);
    byte[] target = rawKey(newId);
    return call(c -> c.rename(key, target), AbstractKeyspace::isOk);
  }

  /** RENAMENX; true when renamed, false when {@code newId} existed. */
  public Future<Boolean> renameNx(String id, String newId) {
    byte[] key = rawKey(id);
    byte[] target = rawKey(newId);
    return call(c -> c.renamenx(key, target), AbstractKeyspace::isOne);
  }

  /**
   * EVAL of {@code script} with KEYS = the keys of {@code ids} and ARGV = {@code args} (UTF-8);
   * the raw reply (byte[] for bulk strings, Long, List, ...). The source is sent with every
   * call: for a script run more than once, prefer {@link #eval(Script, List, List)}.
   */
  public Future<Object> eval(String script, List<String> ids, List<String> args) {
    Objects.requireNonNull(script, "script");
    Objects.requireNonNull(args, "args");
    List<byte[]> keys = new ArrayList<>();
    for (String id : Objects.requireNonNull(ids, "ids")) {
      keys.add(rawKey(id));
    }
    List<byte[]> argv = new ArrayList<>();
    for (String arg : args) {
      argv.add(Keys.utf8(Objects.requireNonNull(arg, "args element")));
    }
    byte[] source = Keys.utf8(script);
    return call(c -> c.eval(source, keys, argv));
  }

  /**
   * Runs {@code script} with {@code EVALSHA} (loading it where needed, see {@link Script}):
   * KEYS = the keys of {@code ids} in this keyspace, ARGV = {@code args} as given (UTF-8, not
   * namespaced). On a Redis Cluster connection the keys must share one hash slot.
   *
   * @param script the script
   * @param ids the ids of the keys the script touches
   * @param args the script's arguments
   * @param <T> the type the script's decoder gives
   * @return the decoded reply
   * @throws NullPointerException when an argument or an element is null (nothing is queued)
   * @throws InvalidOperation on a cluster connection when the keys are in several slots or
   *     there is none (nothing is queued)
   */
  public <T> Future<T> eval(Script<T> script, List<String> ids, List<String> args) {
    Objects.requireNonNull(script, "script");
    List<byte[]> keys = new ArrayList<>();
    for (String id : Objects.requireNonNull(ids, "ids")) {
      keys.add(rawKey(id));
    }
    List<byte[]> argv = new ArrayList<>();
    for (String arg : Objects.requireNonNull(args, "args")) {
      argv.add(Keys.utf8(Objects.requireNonNull(arg, "args element")));
    }
    CommandObject<T> command = script.command(keys, argv);
    return call(c -> command);
  }

  /** SORT of a list, set or sorted set: the elements (or GET values) decoded as values. */
  public Future<List<V>> sort(String id) {
    return sort(id, SortOptions.sortOptions());
  }

  /** SORT with options; BY and GET patterns are namespaced in this keyspace. */
  public Future<List<V>> sort(String id, SortOptions options) {
    byte[] key = rawKey(id);
    Objects.requireNonNull(options, "options");
    return call(c -> c.sort(key, options.toParams(prefix)), list -> decodeAll(id, list));
  }

  /** SORT ... STORE into {@code destinationId} (a list of this keyspace); its length. */
  public Future<Long> sortStore(String id, SortOptions options, String destinationId) {
    byte[] key = rawKey(id);
    byte[] destination = rawKey(destinationId);
    Objects.requireNonNull(options, "options");
    return call(c -> c.sort(key, options.toParams(prefix), destination));
  }

  /**
   * One SCAN page of this keyspace: the ids (not keys) matching {@code idPattern} (a glob over
   * ids, {@code null} for all) and the next cursor ("0" when complete). The prefix matches
   * literally even when it holds glob characters. {@code count} may be {@code null}.
   *
   * <p>On a Redis Cluster connection Jedis routes SCAN by the hash tag of its MATCH pattern, the
   * id pattern, so only a pattern without glob characters (one id, one slot) gives a complete
   * answer; any other pattern is an InvalidOperation rather than one node's keys.
   */
  public Future<ScanResult<String>> scan(String cursor, String idPattern, Integer count) {
    Objects.requireNonNull(cursor, "cursor");
    requireSingleSlotScan(idPattern);
    ScanParams params = new ScanParams().match(Keys.utf8(Keys.scanPattern(prefix, idPattern)));
    if (count != null) {
      params.count(count);
    }
    byte[] rawCursor = Keys.utf8(cursor);
    return call(c -> c.scan(rawCursor, params), this::ids);
  }

  /** One SCAN page of every id of this keyspace. */
  public Future<ScanResult<String>> scan(String cursor) {
    return scan(cursor, null, null);
  }

  private ScanResult<String> ids(ScanResult<byte[]> page) {
    List<String> ids = new ArrayList<>();
    for (byte[] key : page.getResult()) {
      String id = Keys.idOf(prefix, Keys.text(key));
      if (id != null) {
        ids.add(id);
      }
    }
    return new ScanResult<>(page.getCursor(), ids);
  }

  /** Every id of this keyspace; see {@link #scanIter(String, Integer)}. */
  public ScanIterator<String> scanIter() {
    return scanIter(null, null);
  }

  /**
   * Iterates the ids matching {@code idPattern}; each page is its own round trip. Not allowed
   * on a keyspace bound to a pipeline (InvalidOperation).
   */
  public ScanIterator<String> scanIter(String idPattern, Integer count) {
    requireUnpipelined("scanIter");
    requireSingleSlotScan(idPattern);
    return new ScanIterator<>(cursor -> scan(cursor, idPattern, count).get());
  }

  /** InvalidOperation when a SCAN of {@code idPattern} would see one cluster node only. */
  private void requireSingleSlotScan(String idPattern) {
    Connection target = context().connection(connection());
    if (target != null && target.isCluster()
        && (idPattern == null || !Keys.escapeGlob(idPattern).equals(idPattern))) {
      throw new InvalidOperation("keyspace '" + prefix + "': cannot scan "
          + (idPattern == null ? "every id" : "ids matching '" + idPattern + "'")
          + " on " + Connection.describe(connection()) + ", a Redis Cluster connection: SCAN is"
          + " routed to the one node of its pattern's hash tag; scan each master node with Jedis"
          + " instead");
    }
  }

  /** InvalidOperation when this keyspace is bound to a pipeline. */
  protected final void requireUnpipelined(String method) {
    if (pipeline() != null) {
      throw new InvalidOperation("keyspace '" + prefix + "': cannot pipeline scan operations ("
          + method + " runs its own round trips); use a keyspace without a pipeline");
    }
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "{prefix=" + prefix + ", connection=" + connection() + "}";
  }
}

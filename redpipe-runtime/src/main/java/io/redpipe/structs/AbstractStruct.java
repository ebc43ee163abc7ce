package io.redpipe.structs;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.codecs.FieldCodec;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import io.redpipe.pipelines.Pipelines;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import redis.clients.jedis.BuilderFactory;
import redis.clients.jedis.Protocol;
import redis.clients.jedis.CommandObjects;

/**
 * A dict-like copy of one Redis hash: the base class of every generated {@code <Interface>Struct}.
 *
 * <p>The read side ({@link #get(String)}, {@link #asMap()}, ...) never does I/O: it shows the
 * local copy, the key first under {@link StructSchema#keyName()}, then the members in insertion
 * order. The write side queues commands in a {@link Scope}: on a pipeline (sent when its root
 * executes), or at once on a context ({@code null}: the default context); it
 * changes the local copy only after the root pipeline executed successfully; when execute fails
 * the local copy is unchanged. Arguments are checked and encoded before anything is queued, so
 * an {@link io.redpipe.InvalidOperation} or {@link io.redpipe.InvalidValue} leaves nothing of
 * that call in the pipeline.
 *
 * <p>Values read from a struct cannot change it: lists and maps are unmodifiable, byte arrays
 * are copies.
 *
 * <p>Equality: two structs are equal when they are of the same class and hold the same key and
 * equal local values; the hash code follows the local copy, so it changes when a write or load
 * executes (do not use a struct as a hash key while it changes).
 *
 * <p>Not thread-safe: use a struct from one thread at a time (like a pipeline). Its local copy
 * is changed by the thread that executes the root pipeline holding its calls.
 */
public abstract class AbstractStruct implements Iterable<Map.Entry<String, Object>> {
  private final StructSchema schema;
  private final String key;
  /** The local copy; replaced as a whole by a load of the whole hash. */
  private Map<String, Object> data = new LinkedHashMap<>();

  /**
   * A struct holding {@code data} (decoded values) for the hash with id {@code key}; no I/O.
   * Null values and an entry named like the key name are left out.
   */
  protected AbstractStruct(StructSchema schema, String key, Map<String, Object> data) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.key = Objects.requireNonNull(key, "key");
    Objects.requireNonNull(data, "data").forEach((member, value) -> {
      if (member != null && value != null && !member.equals(schema.keyName())) {
        this.data.put(member, Members.freeze(schema, member, value));
      }
    });
  }

  // ------------------------------------------------------------------ read side, no I/O

  /** The schema this struct follows. */
  public final StructSchema schema() {
    return schema;
  }

  /** The struct's id, e.g. {@code "1"} (not the Redis key). */
  public final String key() {
    return key;
  }

  /** The Redis key of the hash, e.g. {@code U{1}}. */
  public final String redisKey() {
    return schema.redisKey(key);
  }

  /** The key for the key name, else the member's value, or null when absent. */
  public final Object get(String name) {
    return get(name, null);
  }

  /** The key for the key name, else the member's value, or {@code defaultValue} when absent. */
  public final Object get(String name, Object defaultValue) {
    Objects.requireNonNull(name, "name");
    if (name.equals(schema.keyName())) {
      return key;
    }
    Object value = data.get(name);
    return value == null ? defaultValue : Members.exposed(value);
  }

  /** True for the key name and for every member held locally. */
  public final boolean containsKey(String name) {
    Objects.requireNonNull(name, "name");
    return name.equals(schema.keyName()) || data.containsKey(name);
  }

  /** The key name first, then the local members in insertion order; unmodifiable. */
  public final Set<String> keySet() {
    Set<String> names = new LinkedHashSet<>();
    names.add(schema.keyName());
    names.addAll(data.keySet());
    return Collections.unmodifiableSet(names);
  }

  /** 1 (the key) plus the number of local members. */
  public final int size() {
    return 1 + data.size();
  }

  /** A snapshot: the key under the key name first, then the members in insertion order. */
  public final Map<String, Object> asMap() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(schema.keyName(), key);
    data.forEach((member, value) -> map.put(member, Members.exposed(value)));
    return Collections.unmodifiableMap(map);
  }

  /** The entries of {@link #asMap()}. */
  @Override
  public final Iterator<Map.Entry<String, Object>> iterator() {
    return asMap().entrySet().iterator();
  }

  /**
   * True when the local copy holds at least one member: it was loaded from a non-empty hash,
   * written, or stubbed with data. A load that finds no hash makes it false.
   */
  public final boolean isPersisted() {
    return !data.isEmpty();
  }

  /** The local value of {@code member} as the codec's type, or null; for generated getters. */
  protected final <T> T value(String member, FieldCodec<T> codec) {
    Object value = data.get(Objects.requireNonNull(member, "member"));
    return value == null ? null : codec.cast(Members.exposed(value));
  }

  // ------------------------------------------------------------------ writes

  /**
   * Writes {@code changes} (HSET; a null value removes the member with HDEL), then EXPIRE when
   * the schema has a ttl. InvalidOperation for the key name or removing a required member,
   * InvalidValue for a value the member's type cannot store; then nothing is queued.
   */
  public final void update(Map<String, ?> changes, Scope scope) {
    Changes checked = Changes.forUpdate(schema, key, changes);
    if (checked.isEmpty()) {
      return;
    }
    Pipeline joined = joinable(scope);
    if (joined != null) {
      queueWrites(joined, schema.rawKey(key), checked, false, true);  // can't fail part-way
      return;
    }
    RedPipe.autoexec(scope, schema.connection(), p -> {
      queueWrites(p, schema.rawKey(key), checked, false, true);
      return null;
    });
  }

  /** {@link #update(Map, Scope)} with a generated typed builder. */
  public final void update(StructValues<?> changes, Scope scope) {
    update(Objects.requireNonNull(changes, "changes").values(), scope);
  }

  /** Removes members (HDEL, then EXPIRE with a ttl); the key or a required member → InvalidOperation. */
  public final void remove(Collection<String> fields, Scope scope) {
    Objects.requireNonNull(fields, "fields");
    Members.checkRemovable(schema, key, fields, "remove");
    List<String> names = Members.memberList(schema, fields, "fields");
    if (names.isEmpty()) {
      return;
    }
    RedPipe.autoexec(scope, schema.connection(), p -> {
      byte[] redisKey = schema.rawKey(key);
      p.executeCommand(p.commandObjects().hdel(redisKey, memberBytes(names)));
      queueExpire(p, redisKey);
      p.onExecute(() -> names.forEach(data::remove));
      return null;
    });
  }

  /** {@code incr(field, 1, scope)}, Python's {@code incr(field)}. */
  public final Future<Long> incr(String field, Scope scope) {
    return incr(field, 1, scope);
  }

  /**
   * Adds {@code amount} to an INTEGER field or an undeclared member (HINCRBY, EXPIRE with a ttl,
   * HGET); the future holds the new value, the local copy the re-read value.
   */
  public final Future<Long> incr(String field, long amount, Scope scope) {
    checkCounter(field, Long.class, "incr", "INTEGER");
    return RedPipe.autoexec(scope, schema.connection(), p -> {
      byte[] redisKey = schema.rawKey(key);
      Future<Long> result =
          p.executeCommand(p.commandObjects().hincrBy(redisKey, schema.memberBytes(field), amount));
      queueReread(p, redisKey, field);
      return result;
    });
  }

  /** {@code decr(field, 1, scope)}, Python's {@code decr(field)}. */
  public final Future<Long> decr(String field, Scope scope) {
    return decr(field, 1, scope);
  }

  /**
   * {@code incr(field, -amount, pipe)}; InvalidValue for {@link Long#MIN_VALUE}, whose negation
   * does not fit a long.
   */
  public final Future<Long> decr(String field, long amount, Scope scope) {
    Objects.requireNonNull(field, "field");
    if (amount == Long.MIN_VALUE) {
      throw new InvalidValue("cannot decr field '" + field + "' of " + redisKey() + " by "
          + amount + ": its negation does not fit a long; use incr with a positive amount");
    }
    return incr(field, -amount, scope);
  }

  /**
   * Like {@link #incr} for a FLOAT field or an undeclared member (HINCRBYFLOAT); InvalidValue
   * for a NaN or infinite amount, which Redis would refuse.
   */
  public final Future<Double> incrFloat(String field, double amount, Scope scope) {
    checkCounter(field, Double.class, "incrFloat", "FLOAT");
    if (!Double.isFinite(amount)) {
      throw new InvalidValue("cannot incrFloat field '" + field + "' of " + redisKey() + " by "
          + amount + ": Redis accepts finite amounts only");
    }
    return RedPipe.autoexec(scope, schema.connection(), p -> {
      byte[] redisKey = schema.rawKey(key);
      Future<Double> result = p.executeCommand(
          p.commandObjects().hincrByFloat(redisKey, schema.memberBytes(field), amount));
      queueReread(p, redisKey, field);
      return result;
    });
  }

  /** {@code incrFloat(field, -amount, scope)}. */
  public final Future<Double> decrFloat(String field, double amount, Scope scope) {
    return incrFloat(field, -amount, scope);
  }

  /** {@code pop(field, null, scope)}. */
  public final Future<Object> pop(String field, Scope scope) {
    return pop(field, null, scope);
  }

  /**
   * Reads and removes a member (HGET, HDEL, EXPIRE with a ttl); the future holds the stored
   * value, or {@code defaultValue} when Redis had none. The key or a required member →
   * InvalidOperation.
   */
  public final Future<Object> pop(String field, Object defaultValue, Scope scope) {
    Objects.requireNonNull(field, "field");
    Members.checkRemovable(schema, key, List.of(field), "pop");
    return RedPipe.autoexec(scope, schema.connection(), p -> {
      byte[] redisKey = schema.rawKey(key);
      byte[] member = schema.memberBytes(field);
      Future<Object> value = p.executeCommand(p.commandObjects().hget(redisKey, member))
          .map(bytes -> bytes == null ? defaultValue : Members.decode(schema, key, field, bytes));
      p.executeCommand(p.commandObjects().hdel(redisKey, member));
      queueExpire(p, redisKey);
      p.onExecute(() -> data.remove(field));
      return value;
    });
  }

  /** Deletes the whole hash (DEL, no EXPIRE); the local copy keeps only the key. */
  public final void clear(Scope scope) {
    RedPipe.autoexec(scope, schema.connection(), p -> {
      p.executeCommand(p.commandObjects().del(schema.rawKey(key)));
      p.onExecute(data::clear);
      return null;
    });
  }

  /** {@code load(Fields.DEFAULT, scope)}: the schema's default fields. */
  public final void load(Scope scope) {
    load(Fields.DEFAULT, scope);
  }

  /**
   * Reads exactly {@code fields} (HMGET; {@code null}: the schema's default fields, like
   * {@link #load(Scope)}); see {@link #load(Fields, Scope)}.
   */
  public final void load(Collection<String> fields, Scope scope) {
    load(fields == null ? Fields.DEFAULT : Fields.of(fields), scope);
  }

  /**
   * Reads members into the local copy. {@link Fields#ALL} (and the default of an ALL schema)
   * reads the whole hash (HGETALL) and replaces the local copy with it (a missing hash empties
   * it). Every other choice reads a list of members (HMGET): the declared ones
   * ({@link Fields#DEFINED}), the schema's default field names (LISTED), or exactly those of
   * {@link Fields#of}; present ones are set, missing ones removed locally, others left as they
   * are. {@link Fields#NONE} queues nothing.
   */
  public final void load(Fields fields, Scope scope) {
    List<String> members = Objects.requireNonNull(fields, "fields").resolve(schema);
    if (members != null && members.isEmpty()) {
      return;
    }
    Pipeline joined = joinable(scope);
    if (joined != null) {
      queueLoad(joined, schema.rawKey(key), members);  // can't fail part-way: no nested pipeline
      return;
    }
    RedPipe.autoexec(scope, schema.connection(), p -> {
      queueLoad(p, schema.rawKey(key), members);
      return null;
    });
  }

  /**
   * {@code scope} when it is a pipeline a call can queue on directly (see
   * {@link Pipelines#joinable}), else {@code null}.
   */
  final Pipeline joinable(Scope scope) {
    return scope instanceof Pipeline ? Pipelines.joinable((Pipeline) scope, schema.connection())
        : null;
  }

  /** A local copy with the same key and values; no I/O. Generated: {@code copyWith(UserStruct::new)}. */
  public abstract AbstractStruct copy();

  /** A new struct from {@code factory} with this key and a copy of the local values. */
  protected final <S extends AbstractStruct> S copyWith(StructFactory<S> factory) {
    return Objects.requireNonNull(factory, "factory").create(schema, key, new LinkedHashMap<>(data));
  }

  // ------------------------------------------------------------------ queueing (package)

  /**
   * Queues HSET (or HSETNX per member), HDEL and EXPIRE on {@code redisKey}, this struct's key,
   * and, when {@code applyLocally}, the local change after execute: the written values as a load
   * would decode them (with nx only those HSETNX set), deletes removed. (A create that reads the
   * whole hash back needs no local change: the read-back replaces the local copy.)
   */
  void queueWrites(Pipeline p, byte[] redisKey, Changes changes, boolean nx,
      boolean applyLocally) {
    CommandObjects commands = p.commandObjects();
    int sets = changes.sets();
    @SuppressWarnings("unchecked")
    Future<Long>[] setByNx = nx ? new Future[sets] : null;
    if (sets > 0) {
      if (nx) {
        for (int i = 0; i < sets; i++) {
          setByNx[i] = p.executeCommand(commands.hsetnx(redisKey,
              schema.memberBytes(changes.member(i)), changes.value(i).bytes));
        }
      } else {
        // HSET key member value ..., the bytes Jedis's hset(key, map) sends, without the map.
        byte[][] pairs = new byte[2 * sets][];
        for (int i = 0; i < sets; i++) {
          pairs[2 * i] = schema.memberBytes(changes.member(i));
          pairs[2 * i + 1] = changes.value(i).bytes;
        }
        Pipelines.queueBytes(p, BuilderFactory.LONG, Protocol.Command.HSET, redisKey, pairs);
      }
    }
    if (!changes.deletes.isEmpty()) {
      p.executeCommand(commands.hdel(redisKey, memberBytes(changes.deletes)));
    }
    queueExpire(p, redisKey);
    if (!applyLocally) {
      return;
    }
    p.onExecute(() -> {
      for (int i = 0; i < sets; i++) {
        if (!nx || setByNx[i].get() == 1L) {
          setLocal(changes.member(i), changes.value(i).decoded());
        }
      }
      changes.deletes.forEach(data::remove);
    });
  }

  /**
   * Queues HGETALL ({@code members} null) or HMGET of {@code redisKey}, this struct's key, and the
   * local update after execute.
   */
  void queueLoad(Pipeline p, byte[] redisKey, List<String> members) {
    if (members == null) {
      Future<Map<String, Object>> all = Pipelines.queueKeyed(p, Members.ORDERED_PAIRS,
          (rawKey, pairs) -> Members.decodeAll(schema, key, pairs), Protocol.Command.HGETALL,
          redisKey, null, null);
      // The decoded map is this struct's alone: it becomes the local copy, values frozen.
      p.onExecute(() -> data = Members.frozen(schema, all.get()));
    } else {
      Future<Map<String, Object>> some = Pipelines.executeMapped(p,
          p.commandObjects().hmget(redisKey, memberBytes(members)),
          values -> Members.decodeSome(schema, key, members, values));
      p.onExecute(() -> some.get().forEach(this::setLocal));
    }
  }

  private void queueReread(Pipeline p, byte[] redisKey, String field) {
    queueExpire(p, redisKey);
    Future<Object> value = p.executeCommand(p.commandObjects().hget(redisKey, schema.memberBytes(field)))
        .map(bytes -> Members.decode(schema, key, field, bytes));
    p.onExecute(() -> setLocal(field, value.get()));
  }

  private void queueExpire(Pipeline p, byte[] redisKey) {
    if (schema.ttl() > 0) {
      p.executeCommand(p.commandObjects().expire(redisKey, schema.ttl()));
    }
  }

  private void setLocal(String member, Object value) {
    if (value == null) {
      data.remove(member);
    } else {
      data.put(member, Members.freeze(schema, member, value));
    }
  }

  private void checkCounter(String field, Class<?> type, String method, String typeName) {
    Objects.requireNonNull(field, "field");
    if (field.equals(schema.keyName())) {
      throw new InvalidOperation("cannot " + method + " the key '" + field + "' of " + redisKey());
    }
    if (schema.hash().declaredMembers().contains(field)
        && schema.codecFor(field).javaType() != type) {
      throw new InvalidOperation("cannot " + method + " field '" + field + "' of " + redisKey()
          + ": it is " + schema.codecFor(field).typeName() + "; " + method + " works on "
          + typeName + " fields and undeclared members");
    }
  }

  private byte[][] memberBytes(List<String> members) {
    byte[][] bytes = new byte[members.size()][];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = schema.memberBytes(members.get(i));
    }
    return bytes;
  }

  // ------------------------------------------------------------------ object methods

  /**
   * Same class, same key and equal local values (byte arrays compared by content); a struct is
   * never equal to a map (compare {@link #asMap()} for that).
   */
  @Override
  public final boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || other.getClass() != getClass()) {
      return false;
    }
    AbstractStruct that = (AbstractStruct) other;
    if (!key.equals(that.key) || !data.keySet().equals(that.data.keySet())) {
      return false;
    }
    for (Map.Entry<String, Object> entry : data.entrySet()) {
      if (!Arrays.deepEquals(new Object[] {entry.getValue()},
          new Object[] {that.data.get(entry.getKey())})) {
        return false;
      }
    }
    return true;
  }

  /** Consistent with {@link #equals}; changes when the local copy changes. */
  @Override
  public final int hashCode() {
    int hash = key.hashCode();
    for (Map.Entry<String, Object> entry : data.entrySet()) {
      hash += entry.getKey().hashCode() ^ Arrays.deepHashCode(new Object[] {entry.getValue()});
    }
    return hash;
  }

  /** E.g. {@code UserStruct{user_id=1, name=Jack}}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('{');
    String separator = "";
    for (Map.Entry<String, Object> entry : asMap().entrySet()) {
      Object value = entry.getValue();
      text.append(separator).append(entry.getKey()).append('=')
          .append(value instanceof byte[] ? Arrays.toString((byte[]) value) : value);
      separator = ", ";
    }
    return text.append('}').toString();
  }
}

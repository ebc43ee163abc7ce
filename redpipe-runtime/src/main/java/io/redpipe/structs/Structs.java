package io.redpipe.structs;

import io.redpipe.RedPipe;
import io.redpipe.Scope;
import io.redpipe.futures.Future;
import io.redpipe.pipelines.Pipeline;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The static struct operations behind the generated {@code create}, {@code load}, {@code stub}
 * and {@code delete} methods, e.g.
 * {@code UserStruct.load(id, pipe)} is {@code Structs.load(SCHEMA, id, null, pipe, UserStruct::new)}.
 */
public final class Structs {
  private Structs() {}

  /**
   * {@code create(schema, data, nx, Fields.DEFAULT, scope, factory)}: writes {@code data} and
   * reads the struct's default fields back in the same round trip.
   */
  public static <S extends AbstractStruct> S create(StructSchema schema, Map<String, ?> data,
      boolean nx, Scope scope, StructFactory<S> factory) {
    return create(schema, data, nx, Fields.DEFAULT, scope, factory);
  }

  /**
   * Writes {@code data} (its key under the key name, members; null values are left out) and
   * reads {@code readBack} in the same round trip: HSET (HSETNX per member when {@code nx}:
   * existing members keep their stored value), EXPIRE with a ttl, then the read-back:
   * {@link Fields#DEFAULT} and {@link Fields#DEFINED} read the default or declared members and
   * the written ones (HGETALL for ALL), {@link Fields#ALL} the whole hash, {@link Fields#of}
   * exactly those members, {@link Fields#NONE} nothing (Python's {@code fields=[]}).
   *
   * <p>Once the root pipeline executed, the struct holds what it wrote (with {@code nx}, only the
   * members HSETNX set), as a load would decode it, and on top what the read-back read.
   * InvalidOperation when the key or a required member is missing, InvalidValue for a bad value;
   * then nothing is queued.
   */
  public static <S extends AbstractStruct> S create(StructSchema schema, Map<String, ?> data,
      boolean nx, Fields readBack, Scope scope, StructFactory<S> factory) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(readBack, "readBack");
    Objects.requireNonNull(factory, "factory");
    String id = Changes.idOf(schema, data);
    Changes changes = Changes.forCreate(schema, id, data, true);
    List<String> members = readBack.resolve(schema);
    if (members != null && readBack.readsWrittenMembers()) {
      for (int i = 0; i < changes.sets(); i++) {
        if (!members.contains(changes.member(i))) {
          members.add(changes.member(i));
        }
      }
    }
    S struct = newStruct(schema, id, new LinkedHashMap<>(), factory);
    byte[] redisKey = schema.rawKey(id);
    Pipeline joined = struct.joinable(scope);
    if (joined != null) {
      queueCreate(struct, joined, redisKey, changes, nx, members);  // can't fail part-way
    } else {
      RedPipe.autoexec(scope, schema.connection(), p -> {
        queueCreate(struct, p, redisKey, changes, nx, members);
        return null;
      });
    }
    return struct;
  }

  /**
   * A struct for {@code id} loading exactly {@code fields} (null: the schema's default fields);
   * see {@link AbstractStruct#load(Collection, Scope)}. Holds only its key until the root
   * executes.
   */
  public static <S extends AbstractStruct> S load(StructSchema schema, String id,
      Collection<String> fields, Scope scope, StructFactory<S> factory) {
    return load(schema, id, fields == null ? Fields.DEFAULT : Fields.of(fields), scope, factory);
  }

  /**
   * A struct for {@code id} loading {@code fields}; see {@link AbstractStruct#load(Fields, Scope)}.
   * Holds only its key until the root executes.
   */
  public static <S extends AbstractStruct> S load(StructSchema schema, String id,
      Fields fields, Scope scope, StructFactory<S> factory) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(fields, "fields");
    Objects.requireNonNull(factory, "factory");
    S struct = newStruct(schema, id, new LinkedHashMap<>(), factory);
    struct.load(fields, scope);
    return struct;
  }

  /** A struct for {@code id} with no local values; no I/O. */
  public static <S extends AbstractStruct> S stub(
      StructSchema schema, String id, StructFactory<S> factory) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(id, "id");
    return newStruct(schema, id, new LinkedHashMap<>(), Objects.requireNonNull(factory, "factory"));
  }

  /**
   * A struct holding {@code data} (key under the key name) as a load would give it back, without
   * I/O and without checking required members; InvalidValue for a bad value.
   */
  public static <S extends AbstractStruct> S stub(
      StructSchema schema, Map<String, ?> data, StructFactory<S> factory) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(factory, "factory");
    String id = Changes.idOf(schema, data);
    Changes changes = Changes.forCreate(schema, id, data, false);
    return newStruct(schema, id, changes.decodedSets(), factory);
  }

  /** Deletes the hashes of {@code ids} (one DEL); the future holds how many existed. */
  public static Future<Long> delete(StructSchema schema, Collection<String> ids, Scope scope) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(ids, "ids");
    byte[][] keys = new byte[ids.size()][];
    int i = 0;
    for (String id : ids) {
      keys[i++] = Members.bytes(schema.redisKey(Objects.requireNonNull(id, "ids element")));
    }
    if (keys.length == 0) {
      Future<Long> none = Future.create();
      none.set(0L);
      return none;
    }
    return RedPipe.autoexec(scope, schema.connection(),
        p -> p.executeCommand(p.commandObjects().del(keys)));
  }

  /** The writes and the read-back of a create (see {@link #create}); checked, so can't fail. */
  private static void queueCreate(AbstractStruct struct, Pipeline p, byte[] redisKey,
      Changes changes, boolean nx, List<String> members) {
    if (!changes.isEmpty()) {
      // Reading the whole hash back replaces the local copy: then the writes change nothing.
      struct.queueWrites(p, redisKey, changes, nx, members != null);
    }
    if (members == null || !members.isEmpty()) {
      struct.queueLoad(p, redisKey, members);
    }
  }

  private static <S extends AbstractStruct> S newStruct(
      StructSchema schema, String id, Map<String, Object> data, StructFactory<S> factory) {
    S struct = factory.create(schema, id, data);
    if (struct == null) {
      throw new NullPointerException("struct factory returned null for " + schema.redisKey(id));
    }
    return struct;
  }
}

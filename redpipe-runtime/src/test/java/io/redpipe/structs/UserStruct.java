package io.redpipe.structs;

import io.redpipe.annotations.DefaultFields;
import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.Scope;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Written by hand exactly as the annotation processor will write it for {@link User}: the
 * reference shape of a generated struct class (see docs/structs.md).
 */
@Generated("io.redpipe.processor.RedPipeProcessor")
public final class UserStruct extends AbstractStruct implements User {
  /** The name under which the key appears in {@link #asMap()}. */
  public static final String KEY_NAME = "user_id";
  /** Member {@code name} (TEXT, required). */
  public static final String NAME = "name";
  /** Member {@code last_seen} (INTEGER). */
  public static final String LAST_SEEN = "last_seen";
  /** Member {@code admin} (BOOLEAN). */
  public static final String ADMIN = "admin";
  /** Member {@code score} (FLOAT). */
  public static final String SCORE = "score";

  /** The schema of {@link User} structs. */
  public static final StructSchema SCHEMA = StructSchema.builder(
          HashSchema.builder("U")
              .connection("")
              .field(NAME, Codecs.TEXT)
              .field(LAST_SEEN, Codecs.INTEGER)
              .field(ADMIN, Codecs.BOOLEAN)
              .field(SCORE, Codecs.FLOAT)
              .build())
      .keyName(KEY_NAME)
      .defaultFields(DefaultFields.ALL)
      .ttl(0)
      .required(NAME)
      .build();

  private UserStruct(StructSchema schema, String key, Map<String, Object> data) {
    super(schema, key, data);
  }

  /** Writes {@code data} and loads the struct back in the same round trip. */
  public static UserStruct create(Map<String, ?> data, Scope scope) {
    return Structs.create(SCHEMA, data, false, scope, UserStruct::new);
  }

  /** Writes {@code data} and loads the struct back in the same round trip. */
  public static UserStruct create(Values data, Scope scope) {
    return create(Objects.requireNonNull(data, "data").toMap(), scope);
  }

  /** Like {@link #create(Map, Scope)}; with {@code nx} existing members are kept. */
  public static UserStruct create(Map<String, ?> data, boolean nx, Scope scope) {
    return Structs.create(SCHEMA, data, nx, scope, UserStruct::new);
  }

  /** Like {@link #create(Values, Scope)}; with {@code nx} existing members are kept. */
  public static UserStruct create(Values data, boolean nx, Scope scope) {
    return create(Objects.requireNonNull(data, "data").toMap(), nx, scope);
  }

  /** Like {@link #create(Map, boolean, Scope)}, reading back {@code readBack} ({@link Fields#NONE}: nothing). */
  public static UserStruct create(Map<String, ?> data, boolean nx, Fields readBack, Scope scope) {
    return Structs.create(SCHEMA, data, nx, readBack, scope, UserStruct::new);
  }

  /** Like {@link #create(Values, boolean, Scope)}, reading back {@code readBack}. */
  public static UserStruct create(Values data, boolean nx, Fields readBack, Scope scope) {
    return create(Objects.requireNonNull(data, "data").toMap(), nx, readBack, scope);
  }

  /** Loads the struct {@code id} (default fields). */
  public static UserStruct load(String id, Scope scope) {
    return Structs.load(SCHEMA, id, Fields.DEFAULT, scope, UserStruct::new);
  }

  /** Loads exactly {@code fields} of the struct {@code id}. */
  public static UserStruct load(String id, Collection<String> fields, Scope scope) {
    return Structs.load(SCHEMA, id, Objects.requireNonNull(fields, "fields"), scope, UserStruct::new);
  }

  /** Loads {@code fields} of the struct {@code id}, e.g. {@link Fields#ALL}. */
  public static UserStruct load(String id, Fields fields, Scope scope) {
    return Structs.load(SCHEMA, id, fields, scope, UserStruct::new);
  }

  /** A struct for {@code id} without values; no I/O. */
  public static UserStruct stub(String id) {
    return Structs.stub(SCHEMA, id, UserStruct::new);
  }

  /** A struct holding {@code data}; no I/O. */
  public static UserStruct stub(Map<String, ?> data) {
    return Structs.stub(SCHEMA, data, UserStruct::new);
  }

  /** A struct holding {@code data}; no I/O. */
  public static UserStruct stub(Values data) {
    return stub(Objects.requireNonNull(data, "data").toMap());
  }

  /** Deletes the structs {@code ids}; the future holds how many existed. */
  public static Future<Long> delete(Collection<String> ids, Scope scope) {
    return Structs.delete(SCHEMA, ids, scope);
  }

  // public static UserKeyspace core(Scope scope) { return new UserKeyspace(scope); }
  // (generated next to UserKeyspace; left out here because the keyspace class is generated too)

  /** The data of a new struct with id {@code id}. */
  public static Values with(String id) {
    return new Values().put(KEY_NAME, Objects.requireNonNull(id, "id"));
  }

  /** Changes for {@link #update(StructValues, Scope)}; a null value removes the member. */
  public static Values changes() {
    return new Values();
  }

  @Override
  public String name() {
    return value(NAME, Codecs.TEXT);
  }

  @Override
  public Long lastSeen() {
    return value(LAST_SEEN, Codecs.INTEGER);
  }

  @Override
  public Boolean admin() {
    return value(ADMIN, Codecs.BOOLEAN);
  }

  @Override
  public Double score() {
    return value(SCORE, Codecs.FLOAT);
  }

  /** Adds {@code amount} to {@code last_seen}; the future holds the new value. */
  public Future<Long> incrLastSeen(long amount, Scope scope) {
    return incr(LAST_SEEN, amount, scope);
  }

  /** Adds 1 to {@code last_seen}; the future holds the new value. */
  public Future<Long> incrLastSeen(Scope scope) {
    return incr(LAST_SEEN, scope);
  }

  /** Adds {@code amount} to {@code score}; the future holds the new value. */
  public Future<Double> incrScore(double amount, Scope scope) {
    return incrFloat(SCORE, amount, scope);
  }

  /** Adds 1 to {@code score}; the future holds the new value. */
  public Future<Double> incrScore(Scope scope) {
    return incrFloat(SCORE, 1, scope);
  }

  @Override
  public UserStruct copy() {
    return copyWith(UserStruct::new);
  }

  /** Typed data or changes of a {@link UserStruct}. */
  public static final class Values extends StructValues<Values> {
    private Values() {}

    /** Sets {@code name}. */
    public Values name(String value) {
      return put(NAME, value);
    }

    /** Sets {@code last_seen}. */
    public Values lastSeen(Long value) {
      return put(LAST_SEEN, value);
    }

    /** Sets {@code admin}. */
    public Values admin(Boolean value) {
      return put(ADMIN, value);
    }

    /** Sets {@code score}. */
    public Values score(Double value) {
      return put(SCORE, value);
    }

    @Override
    protected Values self() {
      return this;
    }
  }
}

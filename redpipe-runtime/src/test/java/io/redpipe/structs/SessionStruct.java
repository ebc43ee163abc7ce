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

/** Hand-written in the generated shape for {@link Session} (only what the tests use). */
@Generated("io.redpipe.processor.RedPipeProcessor")
public final class SessionStruct extends AbstractStruct implements Session {
  /** The name under which the key appears in {@link #asMap()}. */
  public static final String KEY_NAME = "_key";
  /** Member {@code user}. */
  public static final String USER = "user";
  /** Member {@code hits}. */
  public static final String HITS = "hits";

  /** The schema of {@link Session} structs. */
  public static final StructSchema SCHEMA = StructSchema.builder(
          HashSchema.builder("S").connection("").field(USER, Codecs.TEXT).field(HITS, Codecs.INTEGER).build())
      .keyName(KEY_NAME)
      .defaultFields(DefaultFields.DEFINED)
      .ttl(100)
      .build();

  private SessionStruct(StructSchema schema, String key, Map<String, Object> data) {
    super(schema, key, data);
  }

  /** Writes {@code data} and loads it back. */
  public static SessionStruct create(Values data, Scope scope) {
    return Structs.create(SCHEMA, Objects.requireNonNull(data, "data").toMap(), false, scope, SessionStruct::new);
  }

  /** Writes {@code data} and reads back {@code readBack}. */
  public static SessionStruct create(Values data, boolean nx, Fields readBack, Scope scope) {
    return Structs.create(SCHEMA, Objects.requireNonNull(data, "data").toMap(), nx, readBack, scope,
        SessionStruct::new);
  }

  /** Loads the struct {@code id}. */
  public static SessionStruct load(String id, Scope scope) {
    return Structs.load(SCHEMA, id, Fields.DEFAULT, scope, SessionStruct::new);
  }

  /** Loads {@code fields} of the struct {@code id}. */
  public static SessionStruct load(String id, Fields fields, Scope scope) {
    return Structs.load(SCHEMA, id, fields, scope, SessionStruct::new);
  }

  /** Loads exactly {@code fields}. */
  public static SessionStruct load(String id, Collection<String> fields, Scope scope) {
    return Structs.load(SCHEMA, id, Objects.requireNonNull(fields, "fields"), scope, SessionStruct::new);
  }

  /** The data of a new struct. */
  public static Values with(String id) {
    return new Values().put(KEY_NAME, Objects.requireNonNull(id, "id"));
  }

  /** Changes for an update. */
  public static Values changes() {
    return new Values();
  }

  @Override
  public String user() {
    return value(USER, Codecs.TEXT);
  }

  @Override
  public Long hits() {
    return value(HITS, Codecs.INTEGER);
  }

  /** Adds 1 to {@code hits}. */
  public Future<Long> incrHits(Scope scope) {
    return incr(HITS, scope);
  }

  @Override
  public SessionStruct copy() {
    return copyWith(SessionStruct::new);
  }

  /** Typed data or changes of a {@link SessionStruct}. */
  public static final class Values extends StructValues<Values> {
    private Values() {}

    /** Sets {@code user}. */
    public Values user(String value) {
      return put(USER, value);
    }

    /** Sets {@code hits}. */
    public Values hits(Long value) {
      return put(HITS, value);
    }

    @Override
    protected Values self() {
      return this;
    }
  }
}

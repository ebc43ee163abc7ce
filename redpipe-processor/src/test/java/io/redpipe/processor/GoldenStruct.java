package io.redpipe.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** The expected struct class, reviewed by hand; update it when the struct writer changes on purpose. */
final class GoldenStruct {
  private GoldenStruct() {}

  /** What {@code StructSourceTest.structMatchesGoldenSource} expects. */
  static JavaFileObject userStruct() {
    return JavaFileObjects.forSourceString("test.UserStruct", USER_STRUCT);
  }

  private static final String USER_STRUCT =
      """
        package test;

        import io.redpipe.InvalidOperation;
        import io.redpipe.Scope;
        import io.redpipe.annotations.DefaultFields;
        import io.redpipe.codecs.Codecs;
        import io.redpipe.futures.Future;
        import io.redpipe.structs.AbstractStruct;
        import io.redpipe.structs.Fields;
        import io.redpipe.structs.StructSchema;
        import io.redpipe.structs.StructValues;
        import io.redpipe.structs.Structs;
        import java.util.Collection;
        import java.util.Map;
        import java.util.Objects;
        import javax.annotation.processing.Generated;

        /**
         * A struct declared by {@link User}: a local copy of one hash {@code U{<id>}} with
         * persistence built in. Every method that does I/O takes a scope: a pipeline to
         * join, a context to run on at once, or {@code null} (at once on the default
         * context).
         */
        @Generated("io.redpipe.processor.RedPipeProcessor")
        public final class UserStruct extends AbstractStruct implements User {
          /**
           * The name under which the key appears in {@link #asMap()}.
           */
          public static final String KEY_NAME = "user_id";

          /**
           * Member {@code name} (TEXT, required).
           */
          public static final String NAME = "name";

          /**
           * Member {@code last_seen} (INTEGER).
           */
          public static final String LAST_SEEN = "last_seen";

          /**
           * Member {@code age} (INTEGER).
           */
          public static final String AGE = "age";

          /**
           * Member {@code score} (FLOAT).
           */
          public static final String SCORE = "score";

          /**
           * Member {@code shout} ({@link test.Upper}).
           */
          public static final String SHOUT = "shout";

          private static final Upper UPPER_CODEC = new Upper();

          /**
           * The schema of {@link User} structs.
           */
          public static final StructSchema SCHEMA = StructSchema.builder(UserKeyspace.SCHEMA)
              .keyName(KEY_NAME)
              .defaultFields(DefaultFields.DEFINED)
              .ttl(60)
              .required(NAME)
              .build();

          private UserStruct(StructSchema schema, String key, Map<String, Object> data) {
            super(schema, key, data);
          }

          /**
           * Writes {@code data} (the id under {@link #KEY_NAME}) and loads the struct back in the same
           * round trip.
           */
          public static UserStruct create(Map<String, ?> data, Scope scope) {
            return Structs.create(SCHEMA, data, false, scope, UserStruct::new);
          }

          /**
           * Writes {@code data} and loads the struct back in the same round trip.
           */
          public static UserStruct create(Values data, Scope scope) {
            return create(Objects.requireNonNull(data, "data").toMap(), scope);
          }

          /**
           * Like {@link #create(Map, Scope)}; with {@code nx} existing members keep their value.
           */
          public static UserStruct create(Map<String, ?> data, boolean nx, Scope scope) {
            return Structs.create(SCHEMA, data, nx, scope, UserStruct::new);
          }

          /**
           * Like {@link #create(Values, Scope)}; with {@code nx} existing members keep their value.
           */
          public static UserStruct create(Values data, boolean nx, Scope scope) {
            return create(Objects.requireNonNull(data, "data").toMap(), nx, scope);
          }

          /**
           * Like {@link #create(Map, boolean, Scope)}, reading back {@code readBack}: {@link Fields#NONE}
           * reads nothing, {@link Fields#ALL} every member; the struct holds what it wrote and
           * what it read.
           */
          public static UserStruct create(Map<String, ?> data, boolean nx, Fields readBack, Scope scope) {
            return Structs.create(SCHEMA, data, nx, readBack, scope, UserStruct::new);
          }

          /**
           * Like {@link #create(Values, boolean, Scope)}, reading back {@code readBack}.
           */
          public static UserStruct create(Values data, boolean nx, Fields readBack, Scope scope) {
            return create(Objects.requireNonNull(data, "data").toMap(), nx, readBack, scope);
          }

          /**
           * Loads the struct {@code id} (DEFINED).
           */
          public static UserStruct load(String id, Scope scope) {
            return Structs.load(SCHEMA, id, Fields.DEFAULT, scope, UserStruct::new);
          }

          /**
           * Loads exactly {@code fields} of the struct {@code id}.
           */
          public static UserStruct load(String id, Collection<String> fields, Scope scope) {
            return Structs.load(SCHEMA, id, Objects.requireNonNull(fields, "fields"), scope, UserStruct::new);
          }

          /**
           * Loads {@code fields} of the struct {@code id}, e.g. {@link Fields#ALL} for every member.
           */
          public static UserStruct load(String id, Fields fields, Scope scope) {
            return Structs.load(SCHEMA, id, fields, scope, UserStruct::new);
          }

          /**
           * A struct for {@code id} without values; no I/O.
           */
          public static UserStruct stub(String id) {
            return Structs.stub(SCHEMA, id, UserStruct::new);
          }

          /**
           * A struct holding {@code data}; no I/O.
           */
          public static UserStruct stub(Map<String, ?> data) {
            return Structs.stub(SCHEMA, data, UserStruct::new);
          }

          /**
           * A struct holding {@code data}; no I/O.
           */
          public static UserStruct stub(Values data) {
            return stub(Objects.requireNonNull(data, "data").toMap());
          }

          /**
           * Deletes the structs {@code ids}; the future holds how many existed.
           */
          public static Future<Long> delete(Collection<String> ids, Scope scope) {
            return Structs.delete(SCHEMA, ids, scope);
          }

          /**
           * The typed keyspace of the same hashes, in {@code scope}.
           */
          public static UserKeyspace core(Scope scope) {
            return UserKeyspace.of(scope);
          }

          /**
           * The data of a new struct with id {@code id}, for {@code create}.
           */
          public static Values with(String id) {
            return new Values().put(KEY_NAME, Objects.requireNonNull(id, "id"));
          }

          /**
           * Changes for {@link #update(StructValues, Scope)}; a null value removes the member.
           */
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
          public int age() {
            Long value = value(AGE, Codecs.INTEGER);
            if (value == null) {
              throw new InvalidOperation(redisKey() + " has no member '" + AGE + "'; declare age() with the boxed type Integer to read a missing member as null");
            }
            return value.intValue();
          }

          @Override
          public Double score() {
            return value(SCORE, Codecs.FLOAT);
          }

          @Override
          public String shout() {
            return value(SHOUT, UPPER_CODEC);
          }

          /**
           * Adds {@code amount} to {@code last_seen} (HINCRBY); the future holds the new value.
           */
          public Future<Long> incrLastSeen(long amount, Scope scope) {
            return incr(LAST_SEEN, amount, scope);
          }

          /**
           * Adds 1 to {@code last_seen}; the future holds the new value.
           */
          public Future<Long> incrLastSeen(Scope scope) {
            return incr(LAST_SEEN, scope);
          }

          /**
           * Adds {@code amount} to {@code age} (HINCRBY); the future holds the new value.
           */
          public Future<Long> incrAge(long amount, Scope scope) {
            return incr(AGE, amount, scope);
          }

          /**
           * Adds 1 to {@code age}; the future holds the new value.
           */
          public Future<Long> incrAge(Scope scope) {
            return incr(AGE, scope);
          }

          /**
           * Adds {@code amount} to {@code score} (HINCRBYFLOAT); the future holds the new value.
           */
          public Future<Double> incrScore(double amount, Scope scope) {
            return incrFloat(SCORE, amount, scope);
          }

          /**
           * Adds 1 to {@code score}; the future holds the new value.
           */
          public Future<Double> incrScore(Scope scope) {
            return incrFloat(SCORE, 1, scope);
          }

          @Override
          public UserStruct copy() {
            return copyWith(UserStruct::new);
          }

          /**
           * Typed data or changes of a {@link UserStruct}; {@code put(name, value)} sets undeclared members.
           */
          public static final class Values extends StructValues<Values> {
            private Values() {
            }

            /**
             * Sets {@code name}; {@code null} removes it in an update.
             */
            public Values name(String value) {
              return put(NAME, value);
            }

            /**
             * Sets {@code last_seen}; {@code null} removes it in an update.
             */
            public Values lastSeen(Long value) {
              return put(LAST_SEEN, value);
            }

            /**
             * Sets {@code age}; {@code null} removes it in an update.
             */
            public Values age(Integer value) {
              return put(AGE, value == null ? null : value.longValue());
            }

            /**
             * Sets {@code score}; {@code null} removes it in an update.
             */
            public Values score(Double value) {
              return put(SCORE, value);
            }

            /**
             * Sets {@code shout}; {@code null} removes it in an update.
             */
            public Values shout(String value) {
              return put(SHOUT, value);
            }

            @Override
            protected Values self() {
              return this;
            }
          }
        }
        """;
}

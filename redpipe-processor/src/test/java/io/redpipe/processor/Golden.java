package io.redpipe.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/** Expected generated sources, reviewed by hand; update them when the writers change on purpose. */
final class Golden {
  private Golden() {}

  /** What {@code GeneratedSourceTest.hashKeyspaceMatchesGoldenSource} expects. */
  static JavaFileObject userKeyspace() {
    return JavaFileObjects.forSourceString("test.UserKeyspace", USER);
  }

  /** What {@code GeneratedSourceTest.sortedSetKeyspaceMatchesGoldenSource} expects. */
  static JavaFileObject followersKeyspace() {
    return JavaFileObjects.forSourceString("test.FollowersKeyspace", FOLLOWERS);
  }

  private static final String USER =
      """
        package test;

        import io.redpipe.InvalidOperation;
        import io.redpipe.Scope;
        import io.redpipe.codecs.Codecs;
        import io.redpipe.codecs.FieldCodec;
        import io.redpipe.futures.Future;
        import io.redpipe.keyspaces.HashKeyspace;
        import io.redpipe.keyspaces.HashSchema;
        import java.util.List;
        import java.util.Map;
        import javax.annotation.processing.Generated;

        /**
         * The HASH keyspace declared by {@link User}:
         * keys {@code <PREFIX>{<id>}} on connection {@code "users"}.
         */
        @Generated("io.redpipe.processor.RedPipeProcessor")
        public final class UserKeyspace extends HashKeyspace {
          /**
           * The key prefix: keys are {@code PREFIX + "{" + id + "}"}.
           */
          public static final String PREFIX = "U";

          /**
           * The member name of {@link User#name()}.
           */
          public static final String NAME = "name";

          /**
           * The member name of {@link User#lastSeen()}.
           */
          public static final String LAST_SEEN = "last_seen";

          /**
           * The member name of {@link User#age()}.
           */
          public static final String AGE = "age";

          /**
           * The member name of {@link User#tags()}.
           */
          public static final String TAGS = "tags";

          /**
           * The member name of {@link User#shout()}.
           */
          public static final String SHOUT = "shout";

          private static final Upper UPPER_CODEC = new Upper();

          /**
           * Prefix, connection and the codec of every declared member.
           */
          public static final HashSchema SCHEMA = HashSchema.builder(PREFIX)
              .connection("users")
              .field(NAME, Codecs.TEXT)
              .field(LAST_SEEN, Codecs.INTEGER)
              .field(AGE, Codecs.INTEGER)
              .field(TAGS, Codecs.STRING_LIST)
              .field(SHOUT, UPPER_CODEC)
              .build();

          private UserKeyspace(Scope scope) {
            super(SCHEMA, scope);
          }

          /**
           * The keyspace in {@code scope}: on a pipeline, commands are queued on it and their
           * futures are completed when its root executes; on a context, each command
           * executes at once there; {@code null}: at once on the default context.
           */
          public static UserKeyspace of(Scope scope) {
            return new UserKeyspace(scope);
          }

          /**
           * The keyspace on the default context: each command executes at once.
           */
          public static UserKeyspace of() {
            return new UserKeyspace(null);
          }

          /**
           * Reads member {@code name} of hash {@code id} as TEXT;
           * the future holds {@code null} when it is missing.
           */
          public Future<String> getName(String id) {
            return getField(id, NAME, Codecs.TEXT);
          }

          /**
           * Stores {@code value} as TEXT in member {@code name} of hash {@code id};
           * the future holds the number of members added (HSET).
           */
          public Future<Long> setName(String id, String value) {
            return setField(id, NAME, Codecs.TEXT, value);
          }

          /**
           * Reads member {@code last_seen} of hash {@code id} as INTEGER;
           * the future holds {@code null} when it is missing.
           */
          public Future<Long> getLastSeen(String id) {
            return getField(id, LAST_SEEN, Codecs.INTEGER);
          }

          /**
           * Stores {@code value} as INTEGER in member {@code last_seen} of hash {@code id};
           * the future holds the number of members added (HSET).
           */
          public Future<Long> setLastSeen(String id, Long value) {
            return setField(id, LAST_SEEN, Codecs.INTEGER, value);
          }

          /**
           * Adds {@code amount} to member {@code last_seen} of hash {@code id} (HINCRBY);
           * the future holds the new value.
           */
          public Future<Long> incrLastSeen(String id, long amount) {
            return hincrby(id, LAST_SEEN, amount);
          }

          /**
           * Reads member {@code age} of hash {@code id} as INTEGER;
           * the future holds {@code null} when it is missing.
           */
          public Future<Integer> getAge(String id) {
            return getField(id, AGE, Codecs.INTEGER).map(v -> v == null ? null : v.intValue());
          }

          /**
           * Stores {@code value} as INTEGER in member {@code age} of hash {@code id};
           * the future holds the number of members added (HSET).
           */
          public Future<Long> setAge(String id, Integer value) {
            return setField(id, AGE, Codecs.INTEGER, value == null ? null : value.longValue());
          }

          /**
           * Adds {@code amount} to member {@code age} of hash {@code id} (HINCRBY);
           * the future holds the new value.
           */
          public Future<Long> incrAge(String id, long amount) {
            return hincrby(id, AGE, amount);
          }

          /**
           * Reads member {@code tags} of hash {@code id} as STRING_LIST;
           * the future holds {@code null} when it is missing.
           */
          public Future<List<String>> getTags(String id) {
            return getField(id, TAGS, Codecs.STRING_LIST);
          }

          /**
           * Stores {@code value} as STRING_LIST in member {@code tags} of hash {@code id};
           * the future holds the number of members added (HSET).
           */
          public Future<Long> setTags(String id, List<String> value) {
            return setField(id, TAGS, Codecs.STRING_LIST, value);
          }

          /**
           * Reads member {@code shout} of hash {@code id} as {@link test.Upper};
           * the future holds {@code null} when it is missing.
           */
          public Future<String> getShout(String id) {
            return getField(id, SHOUT, UPPER_CODEC);
          }

          /**
           * Stores {@code value} as {@link test.Upper} in member {@code shout} of hash {@code id};
           * the future holds the number of members added (HSET).
           */
          public Future<Long> setShout(String id, String value) {
            return setField(id, SHOUT, UPPER_CODEC, value);
          }

          /**
           * Reads hash {@code id} (HGETALL) as a {@link User} backed by its decoded members;
           * a missing hash gives a view whose members are all {@code null}.
           */
          public Future<User> view(String id) {
            return hgetall(id).map(values -> new View(id, values));
          }

          private static <T> T member(Map<String, Object> values, String member, FieldCodec<T> codec) {
            Object value = values.get(member);
            return value == null ? null : codec.cast(value);
          }

          private static final class View implements User {
            private final String id;

            private final Map<String, Object> values;

            View(String id, Map<String, Object> values) {
              this.id = id;
              this.values = values;
            }

            @Override
            public String name() {
              return member(values, NAME, Codecs.TEXT);
            }

            @Override
            public Long lastSeen() {
              return member(values, LAST_SEEN, Codecs.INTEGER);
            }

            @Override
            public int age() {
              Long value = member(values, AGE, Codecs.INTEGER);
              if (value == null) {
                throw new InvalidOperation(PREFIX + "{" + id + "} has no member '" + AGE + "'; declare age() with the boxed type Integer to read a missing member as null");
              }
              return value.intValue();
            }

            @Override
            public List<String> tags() {
              return member(values, TAGS, Codecs.STRING_LIST);
            }

            @Override
            public String shout() {
              return member(values, SHOUT, UPPER_CODEC);
            }

            @Override
            public String toString() {
              return PREFIX + "{" + id + "}" + values;
            }
          }
        }
        """;

  private static final String FOLLOWERS =
      """
        package test;

        import io.redpipe.Scope;
        import io.redpipe.codecs.Codecs;
        import io.redpipe.keyspaces.KeyspaceSpec;
        import io.redpipe.keyspaces.SortedSetKeyspace;
        import javax.annotation.processing.Generated;

        /**
         * The SORTED_SET keyspace declared by {@link Followers}:
         * keys {@code <PREFIX>{<id>}} on the default connection.
         */
        @Generated("io.redpipe.processor.RedPipeProcessor")
        public final class FollowersKeyspace extends SortedSetKeyspace<Long> {
          /**
           * The key prefix: keys are {@code PREFIX + "{" + id + "}"}.
           */
          public static final String PREFIX = "F";

          /**
           * Prefix, connection and the INTEGER codec of the values.
           */
          public static final KeyspaceSpec<Long> SPEC = KeyspaceSpec.of(PREFIX, "", Codecs.INTEGER);

          private FollowersKeyspace(Scope scope) {
            super(SPEC, scope);
          }

          /**
           * The keyspace in {@code scope}: on a pipeline, commands are queued on it and their
           * futures are completed when its root executes; on a context, each command
           * executes at once there; {@code null}: at once on the default context.
           */
          public static FollowersKeyspace of(Scope scope) {
            return new FollowersKeyspace(scope);
          }

          /**
           * The keyspace on the default context: each command executes at once.
           */
          public static FollowersKeyspace of() {
            return new FollowersKeyspace(null);
          }
        }
        """;
}

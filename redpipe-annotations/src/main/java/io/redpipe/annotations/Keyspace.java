package io.redpipe.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a keyspace: keys {@code <prefix>{<id>}} of one Redis type on one connection.
 *
 * <pre>{@code
 * @Keyspace("U")                                        // hash keys U{1}, U{2}, ...
 * public interface User {
 *   @Field String name();
 * }
 *
 * @Keyspace(value = "F", type = KeyspaceType.SORTED_SET)
 * public interface Followers {}
 * }</pre>
 *
 * <p>The processor writes {@code UserKeyspace} for {@code User} ({@code Outer_UserKeyspace} for a
 * nested {@code Outer.User}) in the same package: a final class extending the runtime keyspace of
 * the {@link #type()}, created with {@code UserKeyspace.of(pipe)} or {@code UserKeyspace.of()}.
 *
 * <p>Rules the processor enforces: only on a non-generic, non-private interface; the prefix is not blank and
 * has no {@code {}} or {@code }}; {@link Field} methods only on {@link KeyspaceType#HASH}
 * keyspaces; {@link #valueType()} not on HASH; {@link #shardCount()} only on
 * {@link KeyspaceType#HASHED_STRING} and at least 1; no other type may already have the name of
 * the class to generate. Each broken rule is a compile error on the interface (on the offending
 * attribute value where there is one); two keyspaces with the same prefix on the same connection
 * get a warning, unless one of them says {@link #sharedPrefix()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Keyspace {
  /**
   * The key prefix: keys are {@code <prefix>{<id>}}, exactly as Python RedPipe writes them.
   *
   * @return the key prefix
   */
  String value();

  /**
   * The Redis type of the keys.
   *
   * @return the Redis type
   */
  KeyspaceType type() default KeyspaceType.HASH;

  /**
   * The named connection the keyspace uses; empty for the default connection.
   *
   * @return the connection name, or empty for the default
   */
  String connection() default "";

  /**
   * How values (or members) of non-hash keyspaces are stored. {@link FieldType#AUTO} means
   * {@link FieldType#TEXT}. Not allowed on HASH keyspaces, whose members are typed by
   * {@link Field}.
   *
   * @return the value type of a non-hash keyspace
   */
  FieldType valueType() default FieldType.AUTO;

  /**
   * The number of hashes a {@link KeyspaceType#HASHED_STRING} keyspace spreads its keys over;
   * 0 means Python RedPipe's default of 64. Only for HASHED_STRING.
   *
   * @return the shard count, or 0 for 64
   */
  int shardCount() default 0;

  /**
   * Whether this interface shares its keys with other keyspaces on purpose, e.g. a {@link Struct}
   * and a typed hash view of the same hashes (as Python RedPipe's own tests do). The processor
   * warns when two keyspaces of one compilation use the same prefix on the same connection; it
   * does not warn about a pair when either of them sets this to {@code true}.
   *
   * @return {@code true} when other keyspaces may use the same prefix on purpose
   */
  boolean sharedPrefix() default false;
}

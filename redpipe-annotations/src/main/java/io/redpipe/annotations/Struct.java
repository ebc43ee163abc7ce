package io.redpipe.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a {@link KeyspaceType#HASH} {@link Keyspace} interface a struct: the processor also writes
 * {@code <Interface>Struct}, a dict-like object for one hash with typed getters.
 *
 * <pre>{@code
 * @Keyspace("U")
 * @Struct(keyName = "user_id", ttl = 3600)
 * public interface User {
 *   @Field(required = true) String name();
 * }
 * }</pre>
 *
 * <p>Required members are declared fields ({@code @Field(required = true)}): a member Python
 * RedPipe requires but the interface does not declare yet is declared as a TEXT field, which
 * stores exactly the bytes of an undeclared member.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Struct {
  /**
   * The name under which the key appears in the struct's map view; never stored in the hash.
   *
   * @return the name of the key in the map view
   */
  String keyName() default "_key";

  /**
   * What {@code load} reads when no field list is given.
   *
   * @return the fields {@code load} reads by default
   */
  DefaultFields defaultFields() default DefaultFields.ALL;

  /**
   * With {@code defaultFields = DefaultFields.LISTED}: the stored names of the declared fields
   * {@code load} reads by default, e.g. {@code {"name", "last_seen"}} (Python RedPipe's
   * {@code default_fields=['name', 'last_seen']}). Each must be the stored name of a
   * {@link Field} method of the interface; not allowed with ALL or DEFINED.
   *
   * @return the stored names of the fields {@code load} reads by default
   */
  String[] defaultFieldNames() default {};

  /**
   * Seconds to expire the hash after every write (except clear); 0 for none.
   *
   * @return the expiry in seconds, or 0 for none
   */
  long ttl() default 0;
}

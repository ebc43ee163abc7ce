package io.redpipe.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a typed member of a {@link KeyspaceType#HASH} keyspace or a {@link Struct}.
 *
 * <pre>{@code
 * @Field(type = FieldType.INTEGER, name = "last_seen") Long lastSeen();
 * @Field(codec = InstantCodec.class) Instant createdAt();
 * }</pre>
 *
 * <p>Rules the processor enforces: on an abstract, non-generic method without parameters that
 * returns a value; the type fits the return type ({@link FieldType#AUTO} infers it and needs a
 * type with a default mapping or a codec); stored names are unique; a codec class implements
 * {@code io.redpipe.codecs.FieldCodec} and has a public no-argument constructor.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Field {
  /**
   * How the value is stored; {@link FieldType#AUTO} infers it from the return type.
   *
   * @return the storage type
   */
  FieldType type() default FieldType.AUTO;

  /**
   * The hash member name; empty means the method name. Give it for stored names that cannot be
   * method names, such as the Java keywords {@code class}, {@code boolean} or {@code float}
   * ({@code @Field(name = "class") String characterClass();}) or {@code last-seen}.
   *
   * @return the stored member name, or empty for the method name
   */
  String name() default "";

  /**
   * A custom codec, a class implementing {@code io.redpipe.codecs.FieldCodec} for the return
   * type, with a public no-argument constructor. {@code void.class} means none.
   *
   * @return the codec class, or {@code void.class} for none
   */
  Class<?> codec() default void.class;

  /**
   * Structs only: the field must be present when a struct is created and cannot be removed.
   *
   * @return whether the field is required
   */
  boolean required() default false;
}

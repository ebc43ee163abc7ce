package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import io.redpipe.annotations.FieldType;
import java.util.Optional;

/**
 * One {@code @Field} method of a hash keyspace interface.
 *
 * @param methodName the interface method, e.g. {@code lastSeen}
 * @param member the stored hash member name, e.g. {@code last_seen}
 * @param constantName the generated constant holding {@link #member}, e.g. {@code LAST_SEEN}
 * @param type the storage type; {@link FieldType#AUTO} only when {@link #codec} is present
 * @param returnType the method's declared return type, e.g. {@code int}
 * @param apiType the type of the generated typed get and set, e.g. {@code Integer}
 * @param codec a custom codec class, if given
 * @param conversion how values travel between the codec's Java type and {@link #apiType}
 * @param required the {@code required} attribute, used by structs
 */
record FieldModel(
    String methodName,
    String member,
    String constantName,
    FieldType type,
    TypeName returnType,
    TypeName apiType,
    Optional<ClassName> codec,
    Conversion conversion,
    boolean required) {

  /** Conversions between a built-in codec's Java type and a narrower declared type. */
  enum Conversion {
    /** The codec's Java type is the declared type. */
    NONE(null, null),
    /** {@code Long} in the codec, {@code Integer} declared. */
    INT("intValue", "longValue"),
    /** {@code Long} in the codec, {@code Short} declared. */
    SHORT("shortValue", "longValue"),
    /** {@code Double} in the codec, {@code Float} declared. */
    FLOAT("floatValue", "doubleValue");

    /** The method narrowing the codec's value to the declared type. */
    final String narrow;
    /** The method widening a declared value to the codec's type. */
    final String widen;

    Conversion(String narrow, String widen) {
      this.narrow = narrow;
      this.widen = widen;
    }
  }

  /** Whether the generated class offers {@code incr<Name>} for this member. */
  boolean incrementable() {
    return codec.isEmpty() && (type == FieldType.INTEGER || type == FieldType.FLOAT);
  }
}

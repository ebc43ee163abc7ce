package io.redpipe.structs;

import java.util.Map;

/**
 * Creates a struct object without I/O; generated struct classes pass their private constructor,
 * e.g. {@code UserStruct::new}.
 *
 * @param <S> the struct class
 */
@FunctionalInterface
public interface StructFactory<S extends AbstractStruct> {
  /** A struct for the hash with id {@code key} holding {@code data} (decoded values, no key entry). */
  S create(StructSchema schema, String key, Map<String, Object> data);
}

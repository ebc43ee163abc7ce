package io.redpipe.structs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The base of the typed builders generated for each struct ({@code UserStruct.Values}): the data
 * of a new struct ({@code UserStruct.with("1").name("Jack")}) or the changes of an update
 * ({@code UserStruct.changes().name("Bobby").lastSeen(null)}). Values are checked when the
 * builder is used, not when it is filled.
 *
 * @param <B> the generated builder class
 */
public abstract class StructValues<B extends StructValues<B>> {
  private Map<String, Object> values = new LinkedHashMap<>();
  /** Whether {@link #values} is behind a snapshot {@link #toMap} gave: copied before a change. */
  private boolean shared;

  /** For generated subclasses. */
  protected StructValues() {}

  /** This builder, typed; generated subclasses return {@code this}. */
  protected abstract B self();

  /**
   * Sets the member {@code name}. Used by the generated typed setters, and public for members
   * that are not declared (stored as TEXT). A null value means: remove the member (in changes)
   * or: do not write it (in the data of a new struct).
   */
  public final B put(String name, Object value) {
    Objects.requireNonNull(name, "name");
    if (shared) {
      values = new LinkedHashMap<>(values);
      shared = false;
    }
    values.put(name, value);
    return self();
  }

  /** Marks {@code name} for removal (same as {@code put(name, null)}). */
  public final B remove(String name) {
    return put(name, null);
  }

  /** An unmodifiable snapshot of the values in the order they were set (null values kept). */
  public final Map<String, Object> toMap() {
    // A snapshot without a copy: this builder copies its map before it changes it again.
    shared = true;
    return Collections.unmodifiableMap(values);
  }

  /** The values as they are now, not copied: for this package's own reading only. */
  final Map<String, Object> values() {
    return values;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + values;
  }
}

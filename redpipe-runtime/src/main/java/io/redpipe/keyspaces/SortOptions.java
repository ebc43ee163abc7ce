package io.redpipe.keyspaces;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import redis.clients.jedis.params.SortingParams;

/**
 * Options of a keyspace's {@code sort}: BY and GET patterns are ids of the same keyspace (they
 * are namespaced like every key, {@code weight_*} becomes {@code prefix{weight_*}}); the GET
 * pattern {@code #} (the element itself) and BY {@code nosort} are sent as they are, and in a
 * hash-field pattern {@code h_*->field} only the key part is namespaced
 * ({@code prefix{h_*}->field}; Python RedPipe namespaces the whole pattern). Mutable
 * builder; not shared between threads.
 */
public final class SortOptions {
  private String by;
  private final List<String> get = new ArrayList<>();
  private long offset = -1;
  private long count = -1;
  private boolean desc;
  private boolean alpha;

  private SortOptions() {}

  /** Returns empty options: numeric ascending sort of the elements. */
  public static SortOptions sortOptions() {
    return new SortOptions();
  }

  /** Sorts by the values of the keys named by {@code pattern} (an id pattern with {@code *}). */
  public SortOptions by(String pattern) {
    this.by = Objects.requireNonNull(pattern, "pattern");
    return this;
  }

  /** Returns the values of the keys named by {@code pattern} instead of the elements. */
  public SortOptions get(String pattern) {
    get.add(Objects.requireNonNull(pattern, "pattern"));
    return this;
  }

  /** Returns {@code count} elements starting at {@code offset}. */
  public SortOptions limit(long offset, long count) {
    this.offset = offset;
    this.count = count;
    return this;
  }

  /** Sorts descending. */
  public SortOptions desc() {
    this.desc = true;
    return this;
  }

  /** Sorts lexicographically. */
  public SortOptions alpha() {
    this.alpha = true;
    return this;
  }

  /**
   * {@code prefix{pattern}}, or {@code prefix{key}->field} for a hash-field pattern
   * {@code key->field} (Redis splits at the first {@code ->}, so only the key part is an id).
   */
  static byte[] namespaced(String prefix, String pattern) {
    int arrow = pattern.indexOf("->");
    if (arrow < 0) {
      return Keys.encode(prefix, pattern);
    }
    return Keys.utf8(Keys.format(prefix, pattern.substring(0, arrow)) + pattern.substring(arrow));
  }

  SortingParams toParams(String prefix) {
    SortingParams params = new SortingParams();
    if (by != null) {
      params.by(by.equals("nosort") ? Keys.utf8(by) : namespaced(prefix, by));
    }
    for (String pattern : get) {
      params.get(pattern.equals("#") ? Keys.utf8(pattern) : namespaced(prefix, pattern));
    }
    if (offset >= 0) {
      params.limit((int) offset, (int) count);
    }
    if (desc) {
      params.desc();
    }
    if (alpha) {
      params.alpha();
    }
    return params;
  }
}

package io.redpipe.examples.keyspaces;

import io.redpipe.codecs.Codecs;
import io.redpipe.futures.Future;
import io.redpipe.keyspaces.HashKeyspace;
import io.redpipe.keyspaces.HashSchema;
import io.redpipe.Scope;

/**
 * A hand-written typed hash keyspace, shaped like the ones the annotation processor generates:
 * users stored at {@code U{<id>}} with a TEXT name, an INTEGER age and a BOOLEAN admin flag.
 */
public final class UserKeyspace extends HashKeyspace {
  /** The schema: prefix {@code U}, default connection, three declared members. */
  public static final HashSchema SCHEMA = HashSchema.builder("U")
      .field("name", Codecs.TEXT)
      .field("age", Codecs.INTEGER)
      .field("admin", Codecs.BOOLEAN)
      .build();

  private UserKeyspace(Scope scope) {
    super(SCHEMA, scope);
  }

  /**
   * A keyspace whose calls join {@code scope} when it is a pipeline, or execute at once on it
   * when it is a context ({@code null}: the default context).
   */
  public static UserKeyspace of(Scope scope) {
    return new UserKeyspace(scope);
  }

  /** The user's name, {@code null} when missing. */
  public Future<String> name(String id) {
    return getField(id, "name", Codecs.TEXT);
  }

  /** Sets the user's name; 1 when the member is new. */
  public Future<Long> name(String id, String name) {
    return setField(id, "name", Codecs.TEXT, name);
  }

  /** The user's age, {@code null} when missing. */
  public Future<Long> age(String id) {
    return getField(id, "age", Codecs.INTEGER);
  }

  /** Sets the user's age; 1 when the member is new. */
  public Future<Long> age(String id, long age) {
    return setField(id, "age", Codecs.INTEGER, age);
  }
}

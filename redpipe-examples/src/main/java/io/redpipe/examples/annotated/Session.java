package io.redpipe.examples.annotated;

import io.redpipe.annotations.DefaultFields;
import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/**
 * A login session, stored in the hash {@code session{<id>}} on the connection named
 * {@code sessions}. Every write renews a one-hour expiry; {@code load(id, pipe)} reads only the
 * declared members (HMGET), so scratch members such as {@code flash} stay out of the struct.
 */
@Keyspace(value = "session", connection = "sessions")
@Struct(keyName = "session_id", defaultFields = DefaultFields.DEFINED, ttl = 3600)
public interface Session {
  /** The user the session belongs to; a session cannot exist without one. */
  @Field(required = true)
  String user();

  /** How many requests the session served. */
  @Field
  Long hits();
}

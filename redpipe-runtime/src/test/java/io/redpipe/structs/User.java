package io.redpipe.structs;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** The declaration {@link UserStruct} is written for (by hand here, by the processor later). */
@Keyspace("U")
@Struct(keyName = "user_id")
public interface User {
  /** Required at creation. */
  @Field(type = FieldType.TEXT, required = true)
  String name();

  /** Stored as {@code last_seen}. */
  @Field(type = FieldType.INTEGER, name = "last_seen")
  Long lastSeen();

  /** A flag. */
  @Field(type = FieldType.BOOLEAN)
  Boolean admin();

  /** A float. */
  @Field(type = FieldType.FLOAT)
  Double score();
}

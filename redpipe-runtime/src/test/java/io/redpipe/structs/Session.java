package io.redpipe.structs;

import io.redpipe.annotations.DefaultFields;
import io.redpipe.annotations.Field;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** A struct with a ttl that loads its declared fields only. */
@Keyspace("S")
@Struct(ttl = 100, defaultFields = DefaultFields.DEFINED)
public interface Session {
  /** The user. */
  @Field(type = FieldType.TEXT)
  String user();

  /** A counter. */
  @Field(type = FieldType.INTEGER)
  Long hits();
}

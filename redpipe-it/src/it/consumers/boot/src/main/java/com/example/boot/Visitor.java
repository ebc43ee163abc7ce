package com.example.boot;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** A visitor: hashes V{id}. */
@Keyspace("V")
@Struct(keyName = "visitor_id")
public interface Visitor {
  @Field String name();
  @Field Long visits();
}

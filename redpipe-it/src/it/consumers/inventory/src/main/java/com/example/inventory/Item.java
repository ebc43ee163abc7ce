package com.example.inventory;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** An item, stored in the hash {@code item{<id>}}. */
@Keyspace("item")
@Struct
public interface Item {
  /** The title. */
  @Field
  String title();

  /** How many are in stock. */
  @Field
  Integer stock();
}

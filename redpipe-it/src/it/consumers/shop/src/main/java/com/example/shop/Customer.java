package com.example.shop;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** A customer, stored in the hash {@code customer{<id>}}. */
@Keyspace("customer")
@Struct(keyName = "customer_id")
public interface Customer {
  /** The customer's name. */
  @Field(required = true)
  String name();

  /** How many visits were counted. */
  @Field
  Long visits();
}

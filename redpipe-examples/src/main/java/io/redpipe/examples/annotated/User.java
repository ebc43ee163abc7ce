package io.redpipe.examples.annotated;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;
import io.redpipe.examples.codecs.Color;
import io.redpipe.examples.codecs.ColorCodec;
import io.redpipe.examples.codecs.InstantMillisCodec;
import java.time.Instant;
import java.util.List;

/**
 * A user, stored in the hash {@code user{<id>}}; the processor writes {@code UserKeyspace} (typed
 * hash commands) and {@code UserStruct} (a dict-like object with persistence).
 */
@Keyspace("user")
@Struct(keyName = "user_id")
public interface User {
  /** The display name; every user has one. */
  @Field(required = true)
  String name();

  /** When the user was last seen, as epoch seconds, stored as {@code last_seen}. */
  @Field(type = FieldType.INTEGER, name = "last_seen")
  Long lastSeen();

  /** How many times the user logged in; reading it when missing throws. */
  @Field
  int logins();

  /** A score between 0 and 1. */
  @Field
  Double score();

  /** Whether the user is an administrator. */
  @Field
  Boolean admin();

  /** Free-form tags, stored as JSON. */
  @Field
  List<String> tags();

  /** The favourite colour, stored by its name. */
  @Field(codec = ColorCodec.class)
  Color color();

  /** When the account was created, stored as epoch milliseconds. */
  @Field(codec = InstantMillisCodec.class, name = "created_at")
  Instant createdAt();

  /** Not a field: computed from the fields. */
  default String greeting() {
    return "Hello, " + name() + "!";
  }
}

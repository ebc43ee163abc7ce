package io.redpipe.examples.demo;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/**
 * The demo's users, as a user of RedPipe would declare them: hashes {@code demo:user{<id>}} with
 * typed members. The annotation processor writes {@code DemoUserKeyspace} (typed hash commands)
 * and {@code DemoUserStruct} (a dict-like object with persistence) from it.
 */
@Keyspace("demo:user")
@Struct(keyName = "user_id")
public interface DemoUser {
  /** The user's display name. */
  @Field String name();

  /** The user's e-mail address. */
  @Field String email();

  /** The user's age in years. */
  @Field Long age();

  /** Whether the user may administer the site. */
  @Field Boolean admin();
}

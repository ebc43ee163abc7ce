package io.redpipe.examples.demo;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;

/**
 * The demo's users, as a user of RedPipe would declare them: hashes {@code demo:user{<id>}} with
 * typed members. The annotation processor writes {@code DemoUserKeyspace} from it.
 */
@Keyspace("demo:user")
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

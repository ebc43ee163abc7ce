package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Followers of a user: sorted sets {@code followers{<user>}} of user ids scored by follow time. */
@Keyspace(value = "followers", type = KeyspaceType.SORTED_SET)
public interface Followers {}

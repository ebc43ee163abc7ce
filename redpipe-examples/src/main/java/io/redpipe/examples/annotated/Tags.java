package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Tags of a post: sets {@code post_tags{<post>}}. */
@Keyspace(value = "post_tags", type = KeyspaceType.SET)
public interface Tags {}

package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/**
 * Many small settings spread over 8 hashes {@code setting{0}} .. {@code setting{7}} instead of
 * one string key each.
 */
@Keyspace(value = "setting", type = KeyspaceType.HASHED_STRING, shardCount = 8)
public interface Settings {}

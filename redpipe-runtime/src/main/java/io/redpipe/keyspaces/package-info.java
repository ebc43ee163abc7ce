/**
 * Typed keyspaces: string, hash, list, set, sorted set, HyperLogLog, geo and sharded
 * hashed-string commands over namespaced keys {@code prefix{id}}, bound to an optional pipeline.
 * Generated keyspace classes extend these; they are usable by hand too.
 */
package io.redpipe.keyspaces;

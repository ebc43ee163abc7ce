/** Fields in hashes: an annotated interface and its generated, typed hash keyspace. */
package io.redpipe.examples.hashfields;

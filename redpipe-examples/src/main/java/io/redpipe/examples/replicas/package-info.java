/** Reads from replicas: read-only batches sent to a replica by the connection's policy. */
package io.redpipe.examples.replicas;

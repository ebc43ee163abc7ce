/**
 * Keyspaces and structs declared with annotations, and examples using the classes the annotation
 * processor generates from them: {@code UserKeyspace} and {@code UserStruct} from {@link
 * io.redpipe.examples.annotated.User}, {@code FollowersKeyspace} from {@link
 * io.redpipe.examples.annotated.Followers}, and so on for every keyspace kind.
 */
package io.redpipe.examples.annotated;

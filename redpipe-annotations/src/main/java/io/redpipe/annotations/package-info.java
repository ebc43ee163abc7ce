/**
 * Annotations that the RedPipe annotation processor turns into typed keyspace and struct classes.
 *
 * <pre>{@code
 * @Keyspace("U")
 * @Struct(keyName = "user_id")
 * public interface User {
 *   @Field String name();
 *   @Field(name = "last_seen") Long lastSeen();
 * }
 * }</pre>
 *
 * <p>The processor writes {@code UserKeyspace} and {@code UserStruct} next to the interface. See
 * {@code docs/annotations.md} for every attribute, the naming rule and the compile errors.
 */
package io.redpipe.annotations;

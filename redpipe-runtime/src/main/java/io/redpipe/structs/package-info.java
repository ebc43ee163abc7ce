/**
 * Struct support: dict-like objects for one Redis hash, the runtime part of the generated
 * {@code <Interface>Struct} classes. See {@link io.redpipe.structs.AbstractStruct},
 * {@link io.redpipe.structs.Structs} and {@link io.redpipe.structs.StructSchema}.
 */
package io.redpipe.structs;

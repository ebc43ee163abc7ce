/**
 * Porting Python RedPipe structs and keyspaces: a struct whose default load is a named subset
 * and whose members are named like Java keywords ({@link io.redpipe.examples.porting.Player}),
 * create without reading back, loading every member per call, counters without an amount, and
 * domain methods on the annotated interfaces where Python code subclasses a keyspace
 * ({@link io.redpipe.examples.porting.Follows}).
 */
package io.redpipe.examples.porting;

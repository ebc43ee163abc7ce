package io.redpipe.processor;

import io.redpipe.annotations.DefaultFields;

/**
 * The {@code @Struct} attributes of a hash keyspace interface, checked by {@link KeyspaceReader} and
 * written by {@link StructWriter}.
 *
 * @param keyName the name of the key in the struct's map view
 * @param defaultFields what {@code load} reads when no field list is given
 * @param ttl seconds to expire the hash after every write, 0 for none
 */
record StructModel(String keyName, DefaultFields defaultFields, long ttl) {}

package io.redpipe.processor;

import io.redpipe.annotations.DefaultFields;
import java.util.List;

/**
 * The {@code @Struct} attributes of a hash keyspace interface, checked by {@link KeyspaceReader} and
 * written by {@link StructWriter}.
 *
 * @param keyName the name of the key in the struct's map view
 * @param defaultFields what {@code load} reads when no field list is given
 * @param defaultFieldNames with {@link DefaultFields#LISTED}: the stored names of the fields a
 *     default load reads, each a declared field's; empty otherwise
 * @param ttl seconds to expire the hash after every write, 0 for none
 */
record StructModel(
    String keyName, DefaultFields defaultFields, List<String> defaultFieldNames, long ttl) {

  StructModel {
    defaultFieldNames = List.copyOf(defaultFieldNames);
  }
}

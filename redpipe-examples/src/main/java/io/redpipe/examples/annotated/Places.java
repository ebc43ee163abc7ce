package io.redpipe.examples.annotated;

import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.KeyspaceType;

/** Named places of a city: geo sets {@code places{<city>}}. */
@Keyspace(value = "places", type = KeyspaceType.GEO)
public interface Places {}

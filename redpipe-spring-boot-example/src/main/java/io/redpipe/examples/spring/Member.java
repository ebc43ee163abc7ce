package io.redpipe.examples.spring;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.Keyspace;
import io.redpipe.annotations.Struct;

/** A club member, one hash {@code M{<id>}}; the processor writes MemberKeyspace and MemberStruct. */
@Keyspace("M")
@Struct(keyName = "member_id")
public interface Member {
  /** The member's name. */
  @Field String name();

  /** Visits so far. */
  @Field Long visits();
}

package io.redpipe.examples.hashfields;

import io.redpipe.annotations.Field;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.Keyspace;
import java.util.List;
import java.util.Map;

/**
 * The "Fields in Hashes" chapter's {@code User} hash, as a Java interface: hashes
 * {@code Person{<id>}} whose members are stored as Python RedPipe stores them. The annotation
 * processor writes {@code PersonKeyspace} from it.
 */
@Keyspace("Person")
public interface Person {
  /** First name, UTF-8 text. */
  @Field(name = "first_name") String firstName();

  /** Last name, UTF-8 text. */
  @Field(name = "last_name") String lastName();

  /** Admin flag: {@code 1} or empty. */
  @Field Boolean admin();

  /** Last login, seconds since the epoch, as Python's float text. */
  @Field(name = "last_seen") Double lastSeen();

  /** Visits, a decimal integer. */
  @Field Long visits();

  /** Tags, joined with commas. */
  @Field List<String> tags();

  /** Anything else, as a JSON object. */
  @Field(type = FieldType.DICT) Map<String, Object> extra();
}

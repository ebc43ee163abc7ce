package io.redpipe.structs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Which members of a struct's hash one call reads: a {@code load}, or the read-back of a
 * {@code create}. Python RedPipe's {@code fields} argument ({@code 'all'}, {@code 'defined'}, a
 * list, {@code []}).
 *
 * <pre>{@code
 * jack.load(Fields.ALL, pipe);                                    // HGETALL, whatever the default
 * UserStruct.load("1", Fields.of(UserStruct.NAME), pipe);          // HMGET name
 * UserStruct.create(data, false, Fields.NONE, pipe);               // write, read nothing back
 * }</pre>
 *
 * <p>Immutable; two are equal when they are the same choice ({@code Fields.of} with the same
 * names in the same order).
 */
public final class Fields {
  /** The struct's default fields: what {@code @Struct(defaultFields)} says. */
  public static final Fields DEFAULT = new Fields(Kind.DEFAULT, List.of());
  /** Every member of the hash (HGETALL); a load replaces the local copy with it. */
  public static final Fields ALL = new Fields(Kind.ALL, List.of());
  /** The members declared by the schema (HMGET), whatever the default is. */
  public static final Fields DEFINED = new Fields(Kind.DEFINED, List.of());
  /** No member: a load queues nothing, a create reads nothing back. */
  public static final Fields NONE = new Fields(Kind.LISTED, List.of());

  private enum Kind { DEFAULT, ALL, DEFINED, LISTED }

  private final Kind kind;
  private final List<String> members;

  private Fields(Kind kind, List<String> members) {
    this.kind = kind;
    this.members = members;
  }

  /**
   * Exactly {@code members} (HMGET), by stored name; duplicates count once, the key name is
   * left out (the key is never stored). No member is {@link #NONE}.
   *
   * @param members stored member names, declared or not
   * @return the fields reading exactly those members
   */
  public static Fields of(String... members) {
    return of(Arrays.asList(Objects.requireNonNull(members, "members")));
  }

  /**
   * Exactly {@code members} (HMGET), like {@link #of(String...)}.
   *
   * @param members stored member names, declared or not
   * @return the fields reading exactly those members
   */
  public static Fields of(Collection<String> members) {
    Objects.requireNonNull(members, "members");
    List<String> list = new ArrayList<>();
    for (String member : members) {
      Objects.requireNonNull(member, "members element");
      if (!list.contains(member)) {
        list.add(member);
      }
    }
    return list.isEmpty() ? NONE : new Fields(Kind.LISTED, Collections.unmodifiableList(list));
  }

  /**
   * The members a call reads for a struct of {@code schema}: {@code null} for the whole hash
   * (HGETALL), else the names to HMGET (the key name left out; empty: nothing).
   */
  List<String> resolve(StructSchema schema) {
    switch (kind) {
      case ALL:
        return null;
      case DEFINED:
        return new ArrayList<>(schema.hash().declaredMembers());
      case LISTED:
        return Members.memberList(schema, members, "fields");
      case DEFAULT:
      default:
        return Members.defaultMembers(schema);
    }
  }

  /** Whether this is {@link #DEFAULT} or {@link #DEFINED}: a create also reads what it wrote. */
  boolean readsWrittenMembers() {
    return kind == Kind.DEFAULT || kind == Kind.DEFINED;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fields && ((Fields) other).kind == kind
        && ((Fields) other).members.equals(members);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + members.hashCode();
  }

  /** {@code Fields.ALL}, {@code Fields.NONE}, {@code Fields.of([name, last_seen])}, ... */
  @Override
  public String toString() {
    if (kind == Kind.LISTED) {
      return members.isEmpty() ? "Fields.NONE" : "Fields.of(" + members + ")";
    }
    return "Fields." + kind;
  }
}

package io.redpipe.structs;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.structs.Members.Encoded;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes checked and encoded before anything is queued: members to set (in the order given) and
 * members to delete. Kept in arrays: one set of changes per struct call, so a map and its
 * entries per call would be most of what a write allocates.
 */
final class Changes {
  private final String[] members;
  private final Encoded[] values;
  private final int size;
  final List<String> deletes;

  private Changes(String[] members, Encoded[] values, int size, List<String> deletes) {
    this.members = members;
    this.values = values;
    this.size = size;
    this.deletes = deletes;
  }

  /** True when there is nothing to write. */
  boolean isEmpty() {
    return size == 0 && deletes.isEmpty();
  }

  /** The number of members to set. */
  int sets() {
    return size;
  }

  /** The {@code index}-th member to set. */
  String member(int index) {
    return members[index];
  }

  /** The encoded value of the {@code index}-th member to set. */
  Encoded value(int index) {
    return values[index];
  }

  private boolean sets(String member) {
    for (int i = 0; i < size; i++) {
      if (members[i].equals(member)) {
        return true;
      }
    }
    return false;
  }

  /** The changes of an update: null values delete; the key and required deletes are refused. */
  static Changes forUpdate(StructSchema schema, String id, Map<String, ?> changes) {
    Objects.requireNonNull(changes, "changes");
    if (changes.containsKey(schema.keyName())) {
      throw new InvalidOperation("cannot update the key '" + schema.keyName() + "' of "
          + schema.redisKey(id) + "; create a struct with the new key and delete this one");
    }
    String[] members = new String[changes.size()];
    Encoded[] values = new Encoded[members.length];
    int size = 0;
    List<String> deletes = List.of();
    for (Map.Entry<String, ?> change : changes.entrySet()) {
      String member = Objects.requireNonNull(change.getKey(), "changes key");
      if (change.getValue() == null) {
        if (deletes.isEmpty()) {
          deletes = new ArrayList<>();
        }
        deletes.add(member);
      } else {
        members[size] = member;
        values[size++] = Members.encode(schema, id, member, change.getValue());
      }
    }
    if (!deletes.isEmpty()) {
      Members.checkRemovable(schema, id, deletes, "remove");
    }
    return new Changes(members, values, size, deletes);
  }

  /**
   * The data of a new struct without its key; null values are left out; required members are
   * checked when {@code checkRequired}.
   */
  static Changes forCreate(
      StructSchema schema, String id, Map<String, ?> data, boolean checkRequired) {
    String[] members = new String[data.size()];
    Encoded[] values = new Encoded[members.length];
    int size = 0;
    for (Map.Entry<String, ?> entry : data.entrySet()) {
      String member = Objects.requireNonNull(entry.getKey(), "data key");
      if (!member.equals(schema.keyName()) && entry.getValue() != null) {
        members[size] = member;
        values[size++] = Members.encode(schema, id, member, entry.getValue());
      }
    }
    Changes changes = new Changes(members, values, size, List.of());
    List<String> missing = null;
    for (String required : checkRequired ? schema.required() : List.<String>of()) {
      if (!changes.sets(required)) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(required);
      }
    }
    if (missing != null) {
      throw new InvalidOperation("missing required field(s) " + missing + " for "
          + schema.redisKey(id) + "; give them a non-null value");
    }
    return changes;
  }

  /** The id held under the key name of {@code data}; InvalidOperation when absent. */
  static String idOf(StructSchema schema, Map<String, ?> data) {
    Objects.requireNonNull(data, "data");
    Object id = data.get(schema.keyName());
    if (id == null) {
      throw new InvalidOperation("the data of a new " + schema.hash().prefix()
          + " struct must hold its key under '" + schema.keyName() + "', got keys "
          + data.keySet());
    }
    if (!(id instanceof String)) {
      throw new InvalidValue("the key '" + schema.keyName() + "' of a " + schema.hash().prefix()
          + " struct must be a String, got " + id + " of " + id.getClass().getName());
    }
    return (String) id;
  }

  /** The decoded values that were set, in order. */
  Map<String, Object> decodedSets() {
    Map<String, Object> decoded = new LinkedHashMap<>();
    for (int i = 0; i < size; i++) {
      decoded.put(members[i], values[i].decoded());
    }
    return decoded;
  }
}

package io.redpipe.structs;

import io.redpipe.InvalidOperation;
import io.redpipe.InvalidValue;
import io.redpipe.structs.Members.Encoded;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Writes checked and encoded before anything is queued: members to set and members to delete. */
final class Changes {
  final Map<String, Encoded> sets;
  final List<String> deletes;

  private Changes(Map<String, Encoded> sets, List<String> deletes) {
    this.sets = Collections.unmodifiableMap(sets);
    this.deletes = Collections.unmodifiableList(deletes);
  }

  /** True when there is nothing to write. */
  boolean isEmpty() {
    return sets.isEmpty() && deletes.isEmpty();
  }

  /** The changes of an update: null values delete; the key and required deletes are refused. */
  static Changes forUpdate(StructSchema schema, String id, Map<String, ?> changes) {
    Objects.requireNonNull(changes, "changes");
    if (changes.containsKey(schema.keyName())) {
      throw new InvalidOperation("cannot update the key '" + schema.keyName() + "' of "
          + schema.redisKey(id) + "; create a struct with the new key and delete this one");
    }
    Map<String, Encoded> sets = new LinkedHashMap<>();
    List<String> deletes = new ArrayList<>();
    for (Map.Entry<String, ?> change : changes.entrySet()) {
      String member = Objects.requireNonNull(change.getKey(), "changes key");
      if (change.getValue() == null) {
        deletes.add(member);
      } else {
        sets.put(member, Members.encode(schema, id, member, change.getValue()));
      }
    }
    Members.checkRemovable(schema, id, deletes, "remove");
    return new Changes(sets, deletes);
  }

  /**
   * The data of a new struct without its key; null values are left out; required members are
   * checked when {@code checkRequired}.
   */
  static Changes forCreate(
      StructSchema schema, String id, Map<String, ?> data, boolean checkRequired) {
    Map<String, Encoded> sets = new LinkedHashMap<>();
    for (Map.Entry<String, ?> entry : data.entrySet()) {
      String member = Objects.requireNonNull(entry.getKey(), "data key");
      if (!member.equals(schema.keyName()) && entry.getValue() != null) {
        sets.put(member, Members.encode(schema, id, member, entry.getValue()));
      }
    }
    List<String> missing = new ArrayList<>();
    for (String required : schema.required()) {
      if (checkRequired && !sets.containsKey(required)) {
        missing.add(required);
      }
    }
    if (!missing.isEmpty()) {
      throw new InvalidOperation("missing required field(s) " + missing + " for "
          + schema.redisKey(id) + "; give them a non-null value");
    }
    return new Changes(sets, new ArrayList<>());
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
    sets.forEach((member, encoded) -> decoded.put(member, encoded.decoded));
    return decoded;
  }
}

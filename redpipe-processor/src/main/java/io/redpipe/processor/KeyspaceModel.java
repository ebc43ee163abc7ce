package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.KeyspaceType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Everything the writers need to know about one valid {@code @Keyspace} interface, read and checked
 * by {@link KeyspaceReader}.
 *
 * @param element the annotated interface, the originating element of the generated files
 * @param interfaceName the interface
 * @param generatedName the class written for it, see {@link Names#keyspaceClass}
 * @param prefix the key prefix
 * @param connection the connection name, {@code ""} for the default connection
 * @param kind the Redis type of the keys
 * @param valueType how values of a non-hash keyspace are stored, never {@link FieldType#AUTO};
 *     {@link FieldType#TEXT} for hashes (unused)
 * @param shardCount the shard count of a {@link KeyspaceType#HASHED_STRING} keyspace, 0 for others
 * @param fields the typed members of a hash keyspace, in declaration order
 * @param struct the {@code @Struct} attributes, when the interface is a struct
 * @param shadowed simple names of {@code java.lang} types that a type of the interface's package
 *     shadows: the writers qualify those names, so {@code String} never means {@code pkg.String}
 * @param sharedPrefix {@code @Keyspace(sharedPrefix = true)}: other keyspaces may use the prefix
 *     on purpose, so no shared-prefix warning names this interface
 * @param generatedAnnotation whether the generated classes carry {@code @Generated}: its package
 *     {@code javax.annotation.processing} (module {@code java.compiler}) must be readable where
 *     the interface is, which a named module without {@code requires java.compiler} is not
 */
record KeyspaceModel(
    TypeElement element,
    ClassName interfaceName,
    ClassName generatedName,
    String prefix,
    String connection,
    KeyspaceType kind,
    FieldType valueType,
    int shardCount,
    List<FieldModel> fields,
    Optional<StructModel> struct,
    Set<String> shadowed,
    boolean sharedPrefix,
    boolean generatedAnnotation) {

  KeyspaceModel {
    fields = List.copyOf(fields);
    shadowed = Set.copyOf(shadowed);
  }

  /** Whether the keyspace holds hashes. */
  boolean isHash() {
    return kind == KeyspaceType.HASH;
  }
}

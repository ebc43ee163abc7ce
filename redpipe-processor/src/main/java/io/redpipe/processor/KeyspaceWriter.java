package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.redpipe.annotations.KeyspaceType;
import javax.lang.model.element.Modifier;

/** Writes the keyspace class of a {@link KeyspaceModel} with JavaPoet. */
final class KeyspaceWriter {

  private KeyspaceWriter() {}

  /** The source file of the keyspace class, with the interface as originating element. */
  static JavaFile write(KeyspaceModel model) {
    ClassName self = model.generatedName();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addOriginatingElement(model.element())
            .alwaysQualify(model.shadowed().toArray(new String[0]))
            .addAnnotations(Names.generated(model))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                "The $L keyspace declared by {@link $T}:\nkeys {@code <PREFIX>{<id>}} on $L.\n",
                model.kind(),
                model.interfaceName(),
                model.connection().isEmpty() ? "the default connection" : "connection {@code \"" + model.connection() + "\"}")
            .addField(
                FieldSpec.builder(String.class, "PREFIX", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("The key prefix: keys are {@code PREFIX + \"{\" + id + \"}\"}.\n")
                    .initializer("$S", model.prefix())
                    .build());
    String configuration;
    HashMembers hashMembers = new HashMembers(model);
    if (model.isHash()) {
      hashMembers.addFields(type);
      configuration = "SCHEMA";
      type.superclass(Names.HASH_KEYSPACE);
    } else {
      TypeName valueType = TypeMapping.javaType(model.valueType());
      type.superclass(ParameterizedTypeName.get(Names.keyspaceBase(model.kind()), valueType));
      type.addField(
          FieldSpec.builder(
                  ParameterizedTypeName.get(Names.KEYSPACE_SPEC, valueType),
                  "SPEC",
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("Prefix, connection and the $L codec of the values.\n", model.valueType())
              .initializer(
                  "$T.of(PREFIX, $S, $T.$L)",
                  Names.KEYSPACE_SPEC,
                  model.connection(),
                  Names.CODECS,
                  model.valueType())
              .build());
      configuration = "SPEC";
      if (model.kind() == KeyspaceType.HASHED_STRING) {
        type.addField(
            FieldSpec.builder(int.class, "SHARD_COUNT", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The number of hashes the keys are spread over.\n")
                .initializer("$L", model.shardCount())
                .build());
        configuration = "SPEC, SHARD_COUNT";
      }
    }
    addFactories(type, self, configuration);
    if (model.isHash()) {
      hashMembers.addMethods(type);
    }
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private static void addFactories(TypeSpec.Builder type, ClassName self, String configuration) {
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Names.SCOPE, "scope")
            .addStatement("super($L, scope)", configuration)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc(
                "The keyspace in {@code scope}: on a pipeline, commands are queued on it and their\n"
                    + "futures are completed when its root executes; on a context, each command\n"
                    + "executes at once there; {@code null}: at once on the default context.\n\n"
                    + "@param scope the pipeline to join, the context to run on at once, or {@code null}\n"
                    + "@return the keyspace\n")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return new $T(scope)", self)
            .build());
    type.addMethod(
        MethodSpec.methodBuilder("of")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addJavadoc(
                "The keyspace on the default context: each command executes at once.\n\n"
                    + "@return the keyspace\n")
            .addStatement("return new $T(null)", self)
            .build());
  }

  /** {@code Codecs.INTEGER}, or the static field holding a custom codec. */
  static CodeBlock codec(FieldModel field) {
    return field.codec().isPresent()
        ? CodeBlock.of("$L", Names.codecField(field.codec().get()))
        : CodeBlock.of("$T.$L", Names.CODECS, field.type());
  }
}

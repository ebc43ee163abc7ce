package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.TypeVariableName;
import io.redpipe.annotations.FieldType;
import io.redpipe.processor.FieldModel.Conversion;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The members a hash keyspace class adds: member constants, the schema, typed get/set/incr per
 * field, and {@code view}, a typed view of HGETALL.
 */
final class HashMembers {
  private static final TypeName VALUES =
      ParameterizedTypeName.get(Map.class, String.class, Object.class);

  private final KeyspaceModel model;

  HashMembers(KeyspaceModel model) {
    this.model = model;
  }

  /** Adds the member constants, custom codec fields and {@code SCHEMA}. */
  void addFields(TypeSpec.Builder type) {
    for (FieldModel field : model.fields()) {
      type.addField(
          FieldSpec.builder(
                  String.class, field.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc("The member name of {@link $T#$L()}.\n", model.interfaceName(), field.methodName())
              .initializer("$S", field.member())
              .build());
    }
    addCodecFields(type, model);
    CodeBlock.Builder schema =
        CodeBlock.builder()
            .add("$T.builder(PREFIX)\n", Names.HASH_SCHEMA)
            .indent()
            .indent()
            .add(".connection($S)\n", model.connection());
    for (FieldModel field : model.fields()) {
      schema.add(".field($L, $L)\n", field.constantName(), KeyspaceWriter.codec(field));
    }
    type.addField(
        FieldSpec.builder(Names.HASH_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("Prefix, connection and the codec of every declared member.\n")
            .initializer(schema.add(".build()").unindent().unindent().build())
            .build());
  }

  /** Adds typed get/set/incr per field, {@code view} and its nested class. */
  void addMethods(TypeSpec.Builder type) {
    for (FieldModel field : model.fields()) {
      type.addMethod(getter(field));
      type.addMethod(setter(field));
      if (field.incrementable()) {
        type.addMethod(incrementer(field));
      }
    }
    type.addMethod(view());
    type.addMethod(member());
    type.addType(new ViewWriter(model).write());
  }

  private MethodSpec getter(FieldModel field) {
    CodeBlock call = CodeBlock.of("getField(id, $L, $L)", field.constantName(), KeyspaceWriter.codec(field));
    if (field.conversion() != Conversion.NONE) {
      call = CodeBlock.of("$L.map(v -> v == null ? null : v.$L())", call, field.conversion().narrow);
    }
    return MethodSpec.methodBuilder("get" + Names.upperCamel(field.methodName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(future(field.apiType()))
        .addParameter(String.class, "id")
        .addJavadoc(
            "Reads member {@code $L} of hash {@code id} as $L.\n\n"
                + "@param id the id of the hash\n"
                + "@return the member's value, {@code null} when it is missing\n",
            field.member(),
            typeName(field))
        .addStatement("return $L", call)
        .build();
  }

  private MethodSpec setter(FieldModel field) {
    CodeBlock value = field.conversion() == Conversion.NONE
        ? CodeBlock.of("value")
        : CodeBlock.of("value == null ? null : value.$L()", field.conversion().widen);
    return MethodSpec.methodBuilder("set" + Names.upperCamel(field.methodName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(future(TypeName.LONG.box()))
        .addParameter(String.class, "id")
        .addParameter(field.apiType(), "value")
        .addJavadoc(
            "Stores {@code value} as $L in member {@code $L} of hash {@code id} (HSET).\n\n"
                + "@param id the id of the hash\n"
                + "@param value the value to store\n"
                + "@return the number of members added: 1 when new, 0 when replaced\n",
            typeName(field),
            field.member())
        .addStatement(
            "return setField(id, $L, $L, $L)", field.constantName(), KeyspaceWriter.codec(field), value)
        .build();
  }

  private MethodSpec incrementer(FieldModel field) {
    boolean integer = field.type() == FieldType.INTEGER;
    return MethodSpec.methodBuilder("incr" + Names.upperCamel(field.methodName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(future(integer ? TypeName.LONG.box() : TypeName.DOUBLE.box()))
        .addParameter(String.class, "id")
        .addParameter(integer ? TypeName.LONG : TypeName.DOUBLE, "amount")
        .addJavadoc(
            "Adds {@code amount} to member {@code $L} of hash {@code id} ($L).\n\n"
                + "@param id the id of the hash\n"
                + "@param amount the amount to add\n"
                + "@return the new value\n",
            field.member(),
            integer ? "HINCRBY" : "HINCRBYFLOAT")
        .addStatement(
            "return $L(id, $L, amount)", integer ? "hincrby" : "hincrbyfloat", field.constantName())
        .build();
  }

  private MethodSpec view() {
    return MethodSpec.methodBuilder("view")
        .addModifiers(Modifier.PUBLIC)
        .returns(future(model.interfaceName()))
        .addParameter(String.class, "id")
        .addJavadoc(
            "Reads hash {@code id} (HGETALL) as a {@link $T} backed by its decoded members;\n"
                + "a missing hash gives a view whose members are all {@code null}.\n\n"
                + "@param id the id of the hash\n"
                + "@return the view\n",
            model.interfaceName())
        .addStatement("return hgetall(id).map(values -> new $T(id, values))", model.generatedName().nestedClass("View"))
        .build();
  }

  private static MethodSpec member() {
    TypeVariableName t = TypeVariableName.get("T");
    return MethodSpec.methodBuilder("member")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addTypeVariable(t)
        .returns(t)
        .addParameter(VALUES, "values")
        .addParameter(String.class, "member")
        .addParameter(ParameterizedTypeName.get(Names.FIELD_CODEC, t), "codec")
        .addStatement("$T value = values.get(member)", Object.class)
        .addStatement("return value == null ? null : codec.cast(value)")
        .build();
  }

  private static ParameterizedTypeName future(TypeName type) {
    return ParameterizedTypeName.get(Names.FUTURE, type);
  }

  private static String typeName(FieldModel field) {
    return field.codec().isPresent()
        ? "{@link " + field.codec().get().canonicalName() + "}"
        : field.type().name();
  }

  /**
   * Adds one private static field per custom codec class the fields use ({@code new X()} once),
   * named by {@link Names#codecField}; the keyspace and the struct class each hold their own.
   */
  static void addCodecFields(TypeSpec.Builder type, KeyspaceModel model) {
    Set<ClassName> codecs = new LinkedHashSet<>();
    model.fields().forEach(field -> field.codec().ifPresent(codecs::add));
    for (ClassName codec : codecs) {
      type.addField(
          FieldSpec.builder(codec, Names.codecField(codec), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
              .initializer("new $T()", codec)
              .build());
    }
  }
}

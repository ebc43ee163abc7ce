package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.JavaFile;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import io.redpipe.annotations.FieldType;
import io.redpipe.processor.FieldModel.Conversion;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Interface>Struct}, the struct class of a {@code @Struct} keyspace interface: an
 * {@code AbstractStruct} implementing the interface with typed getters, static factories, typed
 * increments and a nested typed {@code Values} builder.
 */
final class StructWriter {
  private static final TypeName DATA =
      ParameterizedTypeName.get(
          ClassName.get(Map.class),
          ClassName.get(String.class),
          WildcardTypeName.subtypeOf(Object.class));
  private static final TypeName LOCAL_DATA =
      ParameterizedTypeName.get(Map.class, String.class, Object.class);
  private static final TypeName FIELDS = ParameterizedTypeName.get(Collection.class, String.class);
  /** The javadoc tag of every {@code scope} parameter. */
  private static final String SCOPE =
      "@param scope the pipeline to join, the context to run on at once, or {@code null}\n";
  /** The javadoc tag of a {@code data} parameter of {@code create}. */
  private static final String DATA_DOC =
      "@param data the id under {@link #KEY_NAME} and the members; null values are left out\n";

  private final KeyspaceModel model;
  private final StructModel struct;
  private final ClassName self;
  private final ClassName values;

  private StructWriter(KeyspaceModel model) {
    this.model = model;
    this.struct = model.struct().orElseThrow();
    this.self = Names.structClass(model.element());
    this.values = self.nestedClass("Values");
  }

  /** The source file of the struct class, with the interface as originating element. */
  static JavaFile write(KeyspaceModel model) {
    return new StructWriter(model).file();
  }

  private JavaFile file() {
    TypeSpec.Builder type =
        TypeSpec.classBuilder(self)
            .addOriginatingElement(model.element())
            .alwaysQualify(model.shadowed().toArray(new String[0]))
            .addAnnotations(Names.generated(model))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .superclass(Names.ABSTRACT_STRUCT)
            .addSuperinterface(model.interfaceName())
            .avoidClashesWithNestedClasses(model.element())
            .addJavadoc(
                "A struct declared by {@link $T}: a local copy of one hash {@code $L{<id>}} with\n"
                    + "persistence built in. Every method that does I/O takes a scope: a pipeline to\n"
                    + "join, a context to run on at once, or {@code null} (at once on the default\n"
                    + "context).\n",
                model.interfaceName(),
                model.prefix());
    addFields(type);
    type.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(Names.STRUCT_SCHEMA, "schema")
            .addParameter(String.class, "key")
            .addParameter(LOCAL_DATA, "data")
            .addStatement("super(schema, key, data)")
            .build());
    addFactories(type);
    for (FieldModel field : model.fields()) {
      type.addMethod(getter(field));
    }
    for (FieldModel field : model.fields()) {
      if (field.incrementable()) {
        type.addMethod(incrementer(field, false));
        type.addMethod(incrementer(field, true));
      }
    }
    type.addMethod(
        MethodSpec.methodBuilder("copy")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(self)
            .addJavadoc("A copy of this struct's key and local values; no I/O.\n\n@return the copy\n")
            .addStatement("return copyWith($T::new)", self)
            .build());
    type.addType(valuesClass());
    return JavaFile.builder(self.packageName(), type.build()).skipJavaLangImports(true).build();
  }

  private void addFields(TypeSpec.Builder type) {
    type.addField(
        FieldSpec.builder(String.class, "KEY_NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The name under which the key appears in {@link #asMap()}.\n")
            .initializer("$S", struct.keyName())
            .build());
    for (FieldModel field : model.fields()) {
      type.addField(
          FieldSpec.builder(
                  String.class, field.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "Member {@code $L} ($L$L).\n",
                  field.member(),
                  typeName(field),
                  field.required() ? ", required" : "")
              .initializer("$S", field.member())
              .build());
    }
    HashMembers.addCodecFields(type, model);
    CodeBlock.Builder schema =
        CodeBlock.builder()
            .add("$T.builder($T.SCHEMA)\n", Names.STRUCT_SCHEMA, model.generatedName())
            .indent()
            .indent()
            .add(".keyName(KEY_NAME)\n")
            .add(".defaultFields($T.$L)\n", Names.DEFAULT_FIELDS, struct.defaultFields());
    if (!struct.defaultFieldNames().isEmpty()) {
      schema.add(".defaultFieldNames($L)\n", struct.defaultFieldNames().stream()
          .map(this::constantOf)
          .collect(Collectors.joining(", ")));
    }
    schema.add(".ttl($L)\n", struct.ttl() > Integer.MAX_VALUE ? struct.ttl() + "L" : struct.ttl());
    String required =
        model.fields().stream()
            .filter(FieldModel::required)
            .map(FieldModel::constantName)
            .collect(Collectors.joining(", "));
    if (!required.isEmpty()) {
      schema.add(".required($L)\n", required);
    }
    type.addField(
        FieldSpec.builder(Names.STRUCT_SCHEMA, "SCHEMA", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The schema of {@link $T} structs.\n", model.interfaceName())
            .initializer(schema.add(".build()").unindent().unindent().build())
            .build());
  }

  /** The constant holding the stored name {@code member} of a declared field. */
  private String constantOf(String member) {
    return model.fields().stream()
        .filter(field -> field.member().equals(member))
        .findFirst()
        .orElseThrow()
        .constantName();
  }

  /** How the javadoc of {@code load(id, scope)} names the default fields. */
  private String defaultFieldsText() {
    return struct.defaultFieldNames().isEmpty()
        ? struct.defaultFields().name()
        : struct.defaultFields() + ": {@code " + String.join("}, {@code ", struct.defaultFieldNames()) + "}";
  }

  private void addFactories(TypeSpec.Builder type) {
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Writes {@code data} and loads the struct back in the same round trip.\n\n"
                    + DATA_DOC
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n")
            .addParameter(DATA, "data")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return $T.create(SCHEMA, data, false, scope, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Writes {@code data} and loads the struct back in the same round trip.\n\n"
                    + "@param data the id and the members, typed\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n")
            .addParameter(values, "data")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return create($T.requireNonNull(data, \"data\").toMap(), scope)", Objects.class)
            .build());
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Like {@link #create($T, $T)}; with {@code nx} existing members keep their value.\n\n"
                    + DATA_DOC
                    + "@param nx whether to write each member only when it is missing (HSETNX)\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                Map.class,
                Names.SCOPE)
            .addParameter(DATA, "data")
            .addParameter(boolean.class, "nx")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return $T.create(SCHEMA, data, nx, scope, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Like {@link #create(Values, $T)}; with {@code nx} existing members keep their"
                    + " value.\n\n"
                    + "@param data the id and the members, typed\n"
                    + "@param nx whether to write each member only when it is missing (HSETNX)\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                Names.SCOPE)
            .addParameter(values, "data")
            .addParameter(boolean.class, "nx")
            .addParameter(Names.SCOPE, "scope")
            .addStatement(
                "return create($T.requireNonNull(data, \"data\").toMap(), nx, scope)", Objects.class)
            .build());
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Like {@link #create($T, boolean, $T)}, reading back {@code readBack}: {@link $T#NONE}\n"
                    + "reads nothing, {@link $T#ALL} every member; the struct holds what it wrote and\n"
                    + "what it read.\n\n"
                    + DATA_DOC
                    + "@param nx whether to write each member only when it is missing (HSETNX)\n"
                    + "@param readBack what to read back\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                Map.class,
                Names.SCOPE,
                Names.FIELDS,
                Names.FIELDS)
            .addParameter(DATA, "data")
            .addParameter(boolean.class, "nx")
            .addParameter(Names.FIELDS, "readBack")
            .addParameter(Names.SCOPE, "scope")
            .addStatement(
                "return $T.create(SCHEMA, data, nx, readBack, scope, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("create", self)
            .addJavadoc(
                "Like {@link #create(Values, boolean, $T)}, reading back {@code readBack}.\n\n"
                    + "@param data the id and the members, typed\n"
                    + "@param nx whether to write each member only when it is missing (HSETNX)\n"
                    + "@param readBack what to read back\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                Names.SCOPE)
            .addParameter(values, "data")
            .addParameter(boolean.class, "nx")
            .addParameter(Names.FIELDS, "readBack")
            .addParameter(Names.SCOPE, "scope")
            .addStatement(
                "return create($T.requireNonNull(data, \"data\").toMap(), nx, readBack, scope)",
                Objects.class)
            .build());
    type.addMethod(
        method("load", self)
            .addJavadoc(
                "Loads the struct {@code id} ($L).\n\n@param id the struct's id\n" + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                defaultFieldsText())
            .addParameter(String.class, "id")
            .addParameter(Names.SCOPE, "scope")
            .addStatement(
                "return $T.load(SCHEMA, id, $T.DEFAULT, scope, $T::new)",
                Names.STRUCTS,
                Names.FIELDS,
                self)
            .build());
    type.addMethod(
        method("load", self)
            .addJavadoc(
                "Loads exactly {@code fields} of the struct {@code id}.\n\n@param id the struct's id\n"
                    + "@param fields the stored names of the members to read\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n")
            .addParameter(String.class, "id")
            .addParameter(FIELDS, "fields")
            .addParameter(Names.SCOPE, "scope")
            .addStatement(
                "return $T.load(SCHEMA, id, $T.requireNonNull(fields, \"fields\"), scope, $T::new)",
                Names.STRUCTS,
                Objects.class,
                self)
            .build());
    type.addMethod(
        method("load", self)
            .addJavadoc(
                "Loads {@code fields} of the struct {@code id}, e.g. {@link $T#ALL} for every member.\n\n"
                    + "@param id the struct's id\n"
                    + "@param fields the members to read\n"
                    + SCOPE
                    + "@return the struct, holding its values once the scope executed\n",
                Names.FIELDS)
            .addParameter(String.class, "id")
            .addParameter(Names.FIELDS, "fields")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return $T.load(SCHEMA, id, fields, scope, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("stub", self)
            .addJavadoc(
                "A struct for {@code id} without values; no I/O.\n\n@param id the struct's id\n"
                    + "@return the struct\n")
            .addParameter(String.class, "id")
            .addStatement("return $T.stub(SCHEMA, id, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("stub", self)
            .addJavadoc(
                "A struct holding {@code data}; no I/O.\n\n"
                    + "@param data the id under {@link #KEY_NAME} and the members\n"
                    + "@return the struct\n")
            .addParameter(DATA, "data")
            .addStatement("return $T.stub(SCHEMA, data, $T::new)", Names.STRUCTS, self)
            .build());
    type.addMethod(
        method("stub", self)
            .addJavadoc(
                "A struct holding {@code data}; no I/O.\n\n@param data the id and the members, typed\n"
                    + "@return the struct\n")
            .addParameter(values, "data")
            .addStatement("return stub($T.requireNonNull(data, \"data\").toMap())", Objects.class)
            .build());
    type.addMethod(
        method("delete", ParameterizedTypeName.get(Names.FUTURE, TypeName.LONG.box()))
            .addJavadoc(
                "Deletes the structs {@code ids} (DEL).\n\n@param ids the structs' ids\n" + SCOPE
                    + "@return how many of them existed\n")
            .addParameter(FIELDS, "ids")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return $T.delete(SCHEMA, ids, scope)", Names.STRUCTS)
            .build());
    type.addMethod(
        method("core", model.generatedName())
            .addJavadoc(
                "The typed keyspace of the same hashes, in {@code scope}.\n\n" + SCOPE
                    + "@return the keyspace\n")
            .addParameter(Names.SCOPE, "scope")
            .addStatement("return $T.of(scope)", model.generatedName())
            .build());
    type.addMethod(
        method("with", values)
            .addJavadoc(
                "The data of a new struct with id {@code id}, for {@code create}.\n\n"
                    + "@param id the struct's id\n"
                    + "@return a builder holding the id\n")
            .addParameter(String.class, "id")
            .addStatement("return new $T().put(KEY_NAME, $T.requireNonNull(id, \"id\"))", values, Objects.class)
            .build());
    type.addMethod(
        method("changes", values)
            .addJavadoc(
                "Changes for {@link #update($T, $T)}; a null value removes the member.\n\n"
                    + "@return an empty builder\n",
                Names.STRUCT_VALUES,
                Names.SCOPE)
            .addStatement("return new $T()", values)
            .build());
  }

  private static MethodSpec.Builder method(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(returns);
  }

  /** The interface method: the local value, converted to the declared type. */
  private static MethodSpec getter(FieldModel field) {
    MethodSpec.Builder getter =
        MethodSpec.methodBuilder(field.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(field.returnType());
    if (field.returnType().isPrimitive()) {
      getter.addJavadoc(
          "The local value of {@code $L}; no I/O.\n\n@return the value\n"
              + "@throws $T when the member is missing\n",
          field.member(),
          Names.INVALID_OPERATION);
    } else {
      getter.addJavadoc(
          "The local value of {@code $L}; no I/O.\n\n@return the value, {@code null} when it is"
              + " missing\n",
          field.member());
    }
    CodeBlock read =
        CodeBlock.of("value($L, $L)", field.constantName(), KeyspaceWriter.codec(field));
    if (!field.returnType().isPrimitive() && field.conversion() == Conversion.NONE) {
      return getter.addStatement("return $L", read).build();
    }
    TypeName stored = field.conversion() == Conversion.NONE
        ? field.apiType()
        : TypeMapping.javaType(field.type());
    getter.addStatement("$T value = $L", stored, read);
    if (!field.returnType().isPrimitive()) {
      return getter
          .addStatement("return value == null ? null : value.$L()", field.conversion().narrow)
          .build();
    }
    getter
        .beginControlFlow("if (value == null)")
        .addStatement(
            "throw new $T(redisKey() + \" has no member '\" + $L + \"'; declare $L() with the boxed"
                + " type $T to read a missing member as null\")",
            Names.INVALID_OPERATION,
            field.constantName(),
            field.methodName(),
            field.returnType().box())
        .endControlFlow();
    return field.conversion() == Conversion.NONE
        ? getter.addStatement("return value").build()
        : getter.addStatement("return value.$L()", field.conversion().narrow).build();
  }

  /**
   * {@code incr<Name>(amount, scope)}, or with {@code byOne} {@code incr<Name>(scope)}: adds to an
   * INTEGER or FLOAT field and re-reads it.
   */
  private static MethodSpec incrementer(FieldModel field, boolean byOne) {
    boolean integer = field.type() == FieldType.INTEGER;
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("incr" + Names.upperCamel(field.methodName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(
            ParameterizedTypeName.get(
                Names.FUTURE, integer ? TypeName.LONG.box() : TypeName.DOUBLE.box()));
    if (!byOne) {
      method.addParameter(integer ? TypeName.LONG : TypeName.DOUBLE, "amount");
    }
    method.addParameter(Names.SCOPE, "scope")
        .addJavadoc(
            "Adds " + (byOne ? "1" : "{@code amount}") + " to {@code $L} ($L), then re-reads it.\n\n"
                + (byOne ? "" : "@param amount the amount to add\n")
                + SCOPE
                + "@return the new value\n",
            field.member(),
            integer ? "HINCRBY" : "HINCRBYFLOAT");
    String call = byOne ? (integer ? "return incr($L, scope)" : "return incrFloat($L, 1, scope)")
        : (integer ? "return incr($L, amount, scope)" : "return incrFloat($L, amount, scope)");
    return method.addStatement(call, field.constantName()).build();
  }

  private TypeSpec valuesClass() {
    TypeSpec.Builder builder =
        TypeSpec.classBuilder(values)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(Names.STRUCT_VALUES, values))
            .addJavadoc(
                "Typed data or changes of a {@link $T}; {@code put(name, value)} sets undeclared"
                    + " members.\n",
                self)
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    for (FieldModel field : model.fields()) {
      CodeBlock value = field.conversion() == Conversion.NONE
          ? CodeBlock.of("value")
          : CodeBlock.of("value == null ? null : value.$L()", field.conversion().widen);
      builder.addMethod(
          MethodSpec.methodBuilder(field.methodName())
              .addModifiers(Modifier.PUBLIC)
              .returns(values)
              .addParameter(field.apiType(), "value")
              .addJavadoc(
                  "Sets {@code $L}; {@code null} removes it in an update.\n\n"
                      + "@param value the value, or {@code null}\n"
                      + "@return this builder\n",
                  field.member())
              .addStatement("return put($L, $L)", field.constantName(), value)
              .build());
    }
    builder.addMethod(
        MethodSpec.methodBuilder("self")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(values)
            .addStatement("return this")
            .build());
    return builder.build();
  }

  private static String typeName(FieldModel field) {
    return field.codec().isPresent()
        ? "{@link " + field.codec().get().canonicalName() + "}"
        : field.type().name();
  }
}

package io.redpipe.processor;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import io.redpipe.processor.FieldModel.Conversion;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code View}, the nested class implementing the interface over a decoded hash. */
final class ViewWriter {
  private final KeyspaceModel model;

  ViewWriter(KeyspaceModel model) {
    this.model = model;
  }

  TypeSpec write() {
    TypeSpec.Builder view =
        TypeSpec.classBuilder("View")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addSuperinterface(model.interfaceName())
            .avoidClashesWithNestedClasses(model.element())
            .alwaysQualify(model.shadowed().toArray(new String[0]))
            .addField(String.class, "id", Modifier.PRIVATE, Modifier.FINAL)
            .addField(
                ParameterizedTypeName.get(Map.class, String.class, Object.class),
                "values",
                Modifier.PRIVATE,
                Modifier.FINAL);
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(String.class, "id")
            .addParameter(ParameterizedTypeName.get(Map.class, String.class, Object.class), "values")
            .addStatement("this.id = id")
            .addStatement("this.values = values");
    for (FieldModel field : model.fields()) {
      view.addMethod(accessor(field));
    }
    view.addMethod(constructor.build());
    view.addMethod(
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return PREFIX + \"{\" + id + \"}\" + values")
            .build());
    return view.build();
  }

  private MethodSpec accessor(FieldModel field) {
    MethodSpec.Builder accessor =
        MethodSpec.methodBuilder(field.methodName())
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(field.returnType());
    if (!field.returnType().isPrimitive() && field.conversion() == Conversion.NONE) {
      return accessor
          .addStatement(
              "return member(values, $L, $L)", field.constantName(), KeyspaceWriter.codec(field))
          .build();
    }
    TypeName stored = field.conversion() == Conversion.NONE
        ? field.apiType()
        : TypeMapping.javaType(field.type());
    accessor.addStatement(
        "$T value = member(values, $L, $L)",
        stored,
        field.constantName(),
        KeyspaceWriter.codec(field));
    if (field.returnType().isPrimitive()) {
      accessor
          .beginControlFlow("if (value == null)")
          .addStatement(
              "throw new $T(PREFIX + \"{\" + id + \"} has no member '\" + $L + \"'; declare $L()"
                  + " with the boxed type $T to read a missing member as null\")",
              Names.INVALID_OPERATION,
              field.constantName(),
              field.methodName(),
              field.returnType().box())
          .endControlFlow();
      return field.conversion() == Conversion.NONE
          ? accessor.addStatement("return value").build()
          : accessor.addStatement("return value.$L()", field.conversion().narrow).build();
    }
    return accessor
            .addStatement("return value == null ? null : value.$L()", field.conversion().narrow)
            .build();
  }
}

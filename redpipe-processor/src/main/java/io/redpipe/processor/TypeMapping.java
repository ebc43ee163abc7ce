package io.redpipe.processor;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.WildcardTypeName;
import io.redpipe.annotations.FieldType;
import io.redpipe.processor.FieldModel.Conversion;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.type.TypeMirror;

/** Which Java types each {@link FieldType} stores, and the type inferred for {@code AUTO}. */
final class TypeMapping {
  private static final TypeName STRING = ClassName.get(String.class);
  private static final TypeName OBJECT = ClassName.get(Object.class);
  private static final TypeName BYTES = ArrayTypeName.of(TypeName.BYTE);
  private static final TypeName LIST_OF_STRING = list(STRING);
  private static final TypeName LIST_OF_OBJECT = list(OBJECT);
  private static final TypeName MAP_OF_OBJECT =
      ParameterizedTypeName.get(ClassName.get(Map.class), STRING, OBJECT);

  /** A Java type that has a built-in field type, with what it needs to be stored. */
  private enum JavaKind {
    STRING(FieldType.TEXT, Conversion.NONE, EnumSet.of(FieldType.TEXT, FieldType.ASCII)),
    BYTES(FieldType.BINARY, Conversion.NONE, EnumSet.of(FieldType.BINARY)),
    LONG(FieldType.INTEGER, Conversion.NONE, EnumSet.of(FieldType.INTEGER)),
    INT(FieldType.INTEGER, Conversion.INT, EnumSet.of(FieldType.INTEGER)),
    SHORT(FieldType.INTEGER, Conversion.SHORT, EnumSet.of(FieldType.INTEGER)),
    DOUBLE(FieldType.FLOAT, Conversion.NONE, EnumSet.of(FieldType.FLOAT)),
    FLOAT(FieldType.FLOAT, Conversion.FLOAT, EnumSet.of(FieldType.FLOAT)),
    BOOLEAN(FieldType.BOOLEAN, Conversion.NONE, EnumSet.of(FieldType.BOOLEAN)),
    STRING_LIST(FieldType.STRING_LIST, Conversion.NONE, EnumSet.of(FieldType.STRING_LIST)),
    OBJECT_LIST(FieldType.LIST, Conversion.NONE, EnumSet.of(FieldType.LIST)),
    MAP(FieldType.DICT, Conversion.NONE, EnumSet.of(FieldType.DICT));

    final FieldType inferred;
    final Conversion conversion;
    final Set<FieldType> fitting;

    JavaKind(FieldType inferred, Conversion conversion, Set<FieldType> fitting) {
      this.inferred = inferred;
      this.conversion = conversion;
      this.fitting = fitting;
    }
  }

  private static final Map<TypeName, JavaKind> KINDS = Map.ofEntries(
      Map.entry(STRING, JavaKind.STRING),
      Map.entry(BYTES, JavaKind.BYTES),
      Map.entry(TypeName.LONG, JavaKind.LONG),
      Map.entry(TypeName.LONG.box(), JavaKind.LONG),
      Map.entry(TypeName.INT, JavaKind.INT),
      Map.entry(TypeName.INT.box(), JavaKind.INT),
      Map.entry(TypeName.SHORT, JavaKind.SHORT),
      Map.entry(TypeName.SHORT.box(), JavaKind.SHORT),
      Map.entry(TypeName.DOUBLE, JavaKind.DOUBLE),
      Map.entry(TypeName.DOUBLE.box(), JavaKind.DOUBLE),
      Map.entry(TypeName.FLOAT, JavaKind.FLOAT),
      Map.entry(TypeName.FLOAT.box(), JavaKind.FLOAT),
      Map.entry(TypeName.BOOLEAN, JavaKind.BOOLEAN),
      Map.entry(TypeName.BOOLEAN.box(), JavaKind.BOOLEAN),
      Map.entry(LIST_OF_STRING, JavaKind.STRING_LIST),
      Map.entry(LIST_OF_OBJECT, JavaKind.OBJECT_LIST),
      Map.entry(list(WildcardTypeName.subtypeOf(Object.class)), JavaKind.OBJECT_LIST),
      Map.entry(MAP_OF_OBJECT, JavaKind.MAP),
      Map.entry(
          ParameterizedTypeName.get(
              ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(Object.class)),
          JavaKind.MAP));

  private TypeMapping() {}

  /** The field type {@code AUTO} means for {@code type}, or {@code null} when there is none. */
  static FieldType inferred(TypeMirror type) {
    JavaKind kind = KINDS.get(TypeName.get(type));
    return kind == null ? null : kind.inferred;
  }

  /** Whether a method returning {@code type} can be stored as {@code fieldType}. */
  static boolean fits(FieldType fieldType, TypeMirror type) {
    JavaKind kind = KINDS.get(TypeName.get(type));
    return kind != null && kind.fitting.contains(fieldType);
  }

  /** The conversion between the codec of a fitting built-in type and {@code type}. */
  static Conversion conversion(TypeMirror type) {
    JavaKind kind = KINDS.get(TypeName.get(type));
    return kind == null ? Conversion.NONE : kind.conversion;
  }

  /** The type of typed get/set for a built-in field: the boxed type, collections as stored. */
  static TypeName apiType(FieldType fieldType, TypeMirror type) {
    switch (fieldType) {
      case LIST:
      case DICT:
        return javaType(fieldType);
      default:
        return TypeName.get(type).box();
    }
  }

  /** The Java type a built-in codec stores, e.g. {@code Long} for INTEGER. */
  static TypeName javaType(FieldType fieldType) {
    switch (fieldType) {
      case TEXT:
      case ASCII:
        return STRING;
      case BINARY:
        return BYTES;
      case INTEGER:
        return TypeName.LONG.box();
      case FLOAT:
        return TypeName.DOUBLE.box();
      case BOOLEAN:
        return TypeName.BOOLEAN.box();
      case LIST:
        return LIST_OF_OBJECT;
      case DICT:
        return MAP_OF_OBJECT;
      case STRING_LIST:
        return LIST_OF_STRING;
      default:
        throw new IllegalArgumentException("no Java type for " + fieldType);
    }
  }

  /** What a field type needs, for messages: e.g. "Long, long, Integer, int, Short or short". */
  static String expected(FieldType fieldType) {
    switch (fieldType) {
      case TEXT:
      case ASCII:
        return "String";
      case BINARY:
        return "byte[]";
      case INTEGER:
        return "Long, long, Integer, int, Short or short";
      case FLOAT:
        return "Double, double, Float or float";
      case BOOLEAN:
        return "Boolean or boolean";
      case LIST:
        return "List<Object> or List<?>";
      case DICT:
        return "Map<String, Object> or Map<String, ?>";
      case STRING_LIST:
        return "List<String>";
      default:
        return "a codec";
    }
  }

  private static TypeName list(TypeName element) {
    return ParameterizedTypeName.get(ClassName.get(List.class), element);
  }
}

package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.TypeName;
import io.redpipe.annotations.FieldType;
import io.redpipe.processor.FieldModel.Conversion;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Reads one {@code @Field} method into a {@link FieldModel}, reporting every broken rule. */
final class FieldReader {
  private final Elements elements;
  private final Types types;
  private final Annotations annotations;

  FieldReader(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.annotations = new Annotations(elements);
  }

  /** {@code User.name()}, how messages name a method. */
  static String describe(ExecutableElement method) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    return owner.getSimpleName() + "." + method.getSimpleName() + "()";
  }

  /**
   * Whether the method's {@code @Field(codec = ...)} names a class that does not exist (yet), or
   * one whose supertypes mention such a class ({@code FieldCodec<List<Missing>>}).
   */
  boolean codecIsMissing(ExecutableElement method) {
    Optional<AnnotationMirror> field = Annotations.find(method, Annotations.FIELD);
    if (field.isEmpty()) {
      return false;
    }
    Object codec = annotations.value(field.get(), "codec").getValue();
    return !(codec instanceof TypeMirror)
        || ((TypeMirror) codec).getKind() == TypeKind.ERROR
        || supertypesMentionMissing((TypeMirror) codec, new HashSet<>());
  }

  private boolean supertypesMentionMissing(TypeMirror type, Set<String> seen) {
    if (type.getKind() != TypeKind.DECLARED || !seen.add(type.toString())) {
      return false;
    }
    for (TypeMirror supertype : types.directSupertypes(type)) {
      if (MissingTypes.in(supertype) || supertypesMentionMissing(supertype, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Reads {@code method}; empty when it broke a rule, which was then reported. */
  Optional<FieldModel> read(ExecutableElement method, AnnotationMirror field, Report report) {
    String name = describe(method);
    int errors = 0;
    if (method.getModifiers().contains(Modifier.STATIC)) {
      report.error(Messages.staticField(name), method, field, null);
      errors++;
    } else if (method.isDefault()) {
      report.error(Messages.defaultField(name), method, field, null);
      errors++;
    }
    if (!method.getParameters().isEmpty()) {
      report.error(Messages.fieldWithParameters(name), method, field, null);
      errors++;
    }
    if (!method.getTypeParameters().isEmpty()) {
      report.error(Messages.genericField(name), method, field, null);
      errors++;
    }
    TypeMirror returnType = method.getReturnType();
    if (returnType.getKind() == TypeKind.VOID) {
      report.error(Messages.voidField(name), method, field, null);
      return Optional.empty();
    }
    FieldType type = annotations.enumValue(field, "type", FieldType.class);
    TypeMirror codec = (TypeMirror) annotations.value(field, "codec").getValue();
    Optional<ClassName> codecName = Optional.empty();
    Conversion conversion = Conversion.NONE;
    TypeName apiType;
    if (codec.getKind() != TypeKind.VOID) {
      if (type != FieldType.AUTO) {
        report.error(
            Messages.typeAndCodec(name), method, field, Annotations.explicit(field, "type").get());
        return Optional.empty();
      }
      if (!checkCodec(method, field, codec, report)) {
        return Optional.empty();
      }
      codecName = Optional.of(ClassName.get((TypeElement) types.asElement(codec)));
      apiType = TypeName.get(returnType).box();
    } else if (type == FieldType.AUTO) {
      type = TypeMapping.inferred(returnType);
      if (type == null) {
        report.error(
            Messages.noDefaultMapping(name, returnType.toString()),
            method,
            field,
            Annotations.explicit(field, "type").orElse(null));
        return Optional.empty();
      }
      conversion = TypeMapping.conversion(returnType);
      apiType = TypeMapping.apiType(type, returnType);
    } else if (!TypeMapping.fits(type, returnType)) {
      report.error(
          Messages.typeDoesNotFit(
              name, type.name(), returnType.toString(), TypeMapping.expected(type)),
          method,
          field,
          Annotations.explicit(field, "type").get());
      return Optional.empty();
    } else {
      conversion = TypeMapping.conversion(returnType);
      apiType = TypeMapping.apiType(type, returnType);
    }
    if (errors > 0) {
      return Optional.empty();
    }
    String methodName = method.getSimpleName().toString();
    String member = annotations.string(field, "name");
    return Optional.of(
        new FieldModel(
            methodName,
            member.isEmpty() ? methodName : member,
            Names.upperSnake(methodName),
            type,
            TypeName.get(returnType),
            apiType,
            codecName,
            conversion,
            annotations.bool(field, "required")));
  }

  private boolean checkCodec(
      ExecutableElement method, AnnotationMirror field, TypeMirror codec, Report report) {
    String name = describe(method);
    AnnotationValue value = Annotations.explicit(field, "codec").get();
    TypeElement fieldCodec = elements.getTypeElement(Names.FIELD_CODEC.canonicalName());
    if (fieldCodec == null) {
      report.error(Messages.runtimeMissing(name), method, field, value);
      return false;
    }
    TypeElement codecType = (TypeElement) types.asElement(codec);
    String codecName = codecType == null ? codec.toString() : codecType.getQualifiedName().toString();
    Optional<TypeMirror> stored = codecType == null
        ? Optional.empty()
        : storedType(codecType.asType(), fieldCodec);
    if (stored.isEmpty()) {
      report.error(Messages.notACodec(name, codecName), method, field, value);
      return false;
    }
    if (!instantiable(codecType)) {
      report.error(Messages.codecWithoutConstructor(name, codecName), method, field, value);
      return false;
    }
    TypeMirror returnType = method.getReturnType();
    TypeMirror boxed = returnType.getKind().isPrimitive()
        ? types.boxedClass(types.getPrimitiveType(returnType.getKind())).asType()
        : returnType;
    if (!types.isSameType(stored.get(), boxed)) {
      report.error(
          Messages.codecDoesNotFit(
              name, codecName, stored.get().toString(), returnType.toString()),
          method,
          field,
          value);
      return false;
    }
    return true;
  }

  /** The {@code T} of {@code FieldCodec<T>} that {@code type} implements, if it does. */
  private Optional<TypeMirror> storedType(TypeMirror type, TypeElement fieldCodec) {
    for (TypeMirror supertype : types.directSupertypes(type)) {
      DeclaredType declared = (DeclaredType) supertype;
      if (declared.asElement().equals(fieldCodec)) {
        List<? extends TypeMirror> arguments = declared.getTypeArguments();
        return arguments.size() == 1 && arguments.get(0).getKind() != TypeKind.WILDCARD
            ? Optional.of(arguments.get(0))
            : Optional.empty();
      }
      Optional<TypeMirror> found = storedType(supertype, fieldCodec);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static boolean instantiable(TypeElement codec) {
    Set<Modifier> modifiers = codec.getModifiers();
    if (!modifiers.contains(Modifier.PUBLIC)
        || modifiers.contains(Modifier.ABSTRACT)
        || (codec.getNestingKind() == NestingKind.MEMBER && !modifiers.contains(Modifier.STATIC))
        || codec.getNestingKind() == NestingKind.LOCAL
        || codec.getNestingKind() == NestingKind.ANONYMOUS) {
      return false;
    }
    for (ExecutableElement constructor :
        ElementFilter.constructorsIn(codec.getEnclosedElements())) {
      if (constructor.getParameters().isEmpty()
          && constructor.getModifiers().contains(Modifier.PUBLIC)) {
        return true;
      }
    }
    return false;
  }
}

package io.redpipe.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Finds types that do not exist (yet) anywhere in a type: {@code Missing}, {@code List<Missing>},
 * {@code Missing[]}, {@code Map<String, ? extends Missing>}, a type variable bounded by one.
 */
final class MissingTypes {
  private MissingTypes() {}

  /** Whether {@code type} is or mentions a type the compiler could not find. */
  static boolean in(TypeMirror type) {
    return in(type, Set.of());
  }

  /**
   * Whether {@code type} is or mentions a type the compiler could not find, other than one of
   * {@code generated} (qualified or simple names of the classes this processor is about to
   * write for the interface, which exist once it wrote them).
   */
  static boolean in(TypeMirror type, Set<String> generated) {
    return in(type, generated, new HashSet<>());
  }

  private static boolean in(TypeMirror type, Set<String> generated, Set<Element> variables) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return !isGenerated(type, generated);
    }
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (in(argument, generated, variables)) {
            return true;
          }
        }
        return declared.getEnclosingType().getKind() == TypeKind.DECLARED
            && in(declared.getEnclosingType(), generated, variables);
      case ARRAY:
        return in(((ArrayType) type).getComponentType(), generated, variables);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return in(wildcard.getExtendsBound(), generated, variables)
            || in(wildcard.getSuperBound(), generated, variables);
      case TYPEVAR:
        TypeVariable variable = (TypeVariable) type;
        return variables.add(variable.asElement())
            && in(variable.getUpperBound(), generated, variables);
      default:
        return false;
    }
  }

  private static boolean isGenerated(TypeMirror type, Set<String> generated) {
    if (generated.isEmpty() || !(type instanceof DeclaredType)) {
      return false;
    }
    Element element = ((DeclaredType) type).asElement();
    String name = element instanceof TypeElement
        ? ((TypeElement) element).getQualifiedName().toString()
        : element.getSimpleName().toString();
    return generated.contains(name);
  }
}

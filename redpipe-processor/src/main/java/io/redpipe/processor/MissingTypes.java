package io.redpipe.processor;

import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
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
    return in(type, new HashSet<>());
  }

  private static boolean in(TypeMirror type, Set<Element> variables) {
    if (type == null) {
      return false;
    }
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    switch (type.getKind()) {
      case DECLARED:
        DeclaredType declared = (DeclaredType) type;
        for (TypeMirror argument : declared.getTypeArguments()) {
          if (in(argument, variables)) {
            return true;
          }
        }
        return declared.getEnclosingType().getKind() == TypeKind.DECLARED
            && in(declared.getEnclosingType(), variables);
      case ARRAY:
        return in(((ArrayType) type).getComponentType(), variables);
      case WILDCARD:
        WildcardType wildcard = (WildcardType) type;
        return in(wildcard.getExtendsBound(), variables) || in(wildcard.getSuperBound(), variables);
      case TYPEVAR:
        TypeVariable variable = (TypeVariable) type;
        return variables.add(variable.asElement()) && in(variable.getUpperBound(), variables);
      default:
        return false;
    }
  }
}

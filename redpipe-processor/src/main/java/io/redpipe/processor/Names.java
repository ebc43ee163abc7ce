package io.redpipe.processor;

import com.squareup.javapoet.AnnotationSpec;
import com.squareup.javapoet.ClassName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/** The naming rules of generated code, in one place. */
final class Names {
  /** The value of {@code @Generated} on every generated class. */
  static final String GENERATOR = "io.redpipe.processor.RedPipeProcessor";

  /** {@code @Generated("io.redpipe.processor.RedPipeProcessor")}. */
  private static final AnnotationSpec GENERATED =
      AnnotationSpec.builder(ClassName.get("javax.annotation.processing", "Generated"))
          .addMember("value", "$S", GENERATOR)
          .build();

  private static final String RUNTIME = "io.redpipe";

  static final ClassName FUTURE = ClassName.get(RUNTIME + ".futures", "Future");
  static final ClassName PIPELINE = ClassName.get(RUNTIME + ".pipelines", "Pipeline");
  static final ClassName SCOPE = ClassName.get(RUNTIME, "Scope");
  static final ClassName CODECS = ClassName.get(RUNTIME + ".codecs", "Codecs");
  static final ClassName FIELD_CODEC = ClassName.get(RUNTIME + ".codecs", "FieldCodec");
  static final ClassName KEYSPACE_SPEC = ClassName.get(RUNTIME + ".keyspaces", "KeyspaceSpec");
  static final ClassName HASH_SCHEMA = ClassName.get(RUNTIME + ".keyspaces", "HashSchema");
  static final ClassName HASH_KEYSPACE = ClassName.get(RUNTIME + ".keyspaces", "HashKeyspace");
  static final ClassName INVALID_OPERATION = ClassName.get(RUNTIME, "InvalidOperation");
  static final ClassName ABSTRACT_STRUCT = ClassName.get(RUNTIME + ".structs", "AbstractStruct");
  static final ClassName STRUCT_SCHEMA = ClassName.get(RUNTIME + ".structs", "StructSchema");
  static final ClassName STRUCT_VALUES = ClassName.get(RUNTIME + ".structs", "StructValues");
  static final ClassName STRUCTS = ClassName.get(RUNTIME + ".structs", "Structs");
  static final ClassName FIELDS = ClassName.get(RUNTIME + ".structs", "Fields");
  static final ClassName DEFAULT_FIELDS = ClassName.get("io.redpipe.annotations", "DefaultFields");

  private Names() {}

  /**
   * The {@code @Generated} annotation of the classes written for {@code model}, or none when the
   * interface's module cannot read {@code java.compiler} (see {@link
   * KeyspaceModel#generatedAnnotation()}).
   */
  static List<AnnotationSpec> generated(KeyspaceModel model) {
    return model.generatedAnnotation() ? List.of(GENERATED) : List.of();
  }

  /**
   * The keyspace class written for an interface: the simple names from the outermost type down,
   * joined with {@code _}, plus {@code Keyspace}, in the interface's package. {@code User} gives
   * {@code UserKeyspace}; {@code Outer.User} gives {@code Outer_UserKeyspace}.
   */
  static ClassName keyspaceClass(TypeElement type) {
    return ClassName.get(packageOf(type), joinedName(type) + "Keyspace");
  }

  /**
   * The struct class written for a {@code @Struct} interface, named like {@link #keyspaceClass}
   * with {@code Struct}: {@code User} gives {@code UserStruct}; {@code Outer.User} gives
   * {@code Outer_UserStruct}.
   */
  static ClassName structClass(TypeElement type) {
    return ClassName.get(packageOf(type), joinedName(type) + "Struct");
  }

  /** The simple names from the outermost type down to {@code type}, joined with {@code _}. */
  static String joinedName(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e.getKind() != ElementKind.PACKAGE; e = e.getEnclosingElement()) {
      names.add(e.getSimpleName().toString());
    }
    Collections.reverse(names);
    return String.join("_", names);
  }

  /** The runtime class a non-hash keyspace kind extends, e.g. {@code SortedSetKeyspace}. */
  static ClassName keyspaceBase(io.redpipe.annotations.KeyspaceType kind) {
    String camel = upperCamel(kind.name().toLowerCase(java.util.Locale.ROOT));
    return ClassName.get(RUNTIME + ".keyspaces", camel.replace("Hyperloglog", "HyperLogLog") + "Keyspace");
  }

  /** The static field holding a custom codec: {@code InstantCodec} → {@code INSTANT_CODEC}. */
  static String codecField(ClassName codec) {
    String name = upperSnake(String.join("", codec.simpleNames()));
    return name.endsWith("CODEC") ? name : name + "_CODEC";
  }

  /** {@code lastSeen} → {@code LAST_SEEN}; {@code httpURL2} → {@code HTTP_URL2}. */
  static String upperSnake(String camel) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (i > 0 && Character.isUpperCase(c)) {
        char previous = camel.charAt(i - 1);
        boolean nextLower = i + 1 < camel.length() && Character.isLowerCase(camel.charAt(i + 1));
        if (Character.isLowerCase(previous)
            || Character.isDigit(previous)
            || (Character.isUpperCase(previous) && nextLower)) {
          out.append('_');
        }
      }
      out.append(Character.toUpperCase(c));
    }
    return out.toString();
  }

  /** {@code lastSeen} → {@code LastSeen}; {@code sorted_set} → {@code SortedSet}. */
  static String upperCamel(String name) {
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (char c : name.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static String packageOf(Element type) {
    Element e = type;
    while (!(e instanceof PackageElement)) {
      e = e.getEnclosingElement();
    }
    return ((PackageElement) e).getQualifiedName().toString();
  }
}

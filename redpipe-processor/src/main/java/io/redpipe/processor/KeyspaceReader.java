package io.redpipe.processor;

import com.squareup.javapoet.ClassName;
import io.redpipe.annotations.DefaultFields;
import io.redpipe.annotations.FieldType;
import io.redpipe.annotations.KeyspaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads a {@code @Keyspace} type into a {@link KeyspaceModel}, reporting every broken rule of the
 * type in one go. A type with errors gives no model.
 */
final class KeyspaceReader {
  /** Constants every hash keyspace class declares besides the member constants. */
  private static final Set<String> RESERVED = Set.of("PREFIX", "SCHEMA");
  /** Constants a struct class declares besides the member constants and {@code SCHEMA}. */
  private static final Set<String> STRUCT_RESERVED = Set.of("KEY_NAME");
  /**
   * Names of the methods a generated struct class inherits or declares without parameters: an
   * interface method of a struct with one of these names would clash with them.
   */
  static final Set<String> STRUCT_METHODS = Set.of(
      // AbstractStruct
      "schema", "key", "redisKey", "get", "containsKey", "keySet", "size", "asMap", "iterator",
      "isPersisted", "value", "update", "remove", "incr", "decr", "incrFloat", "decrFloat", "pop",
      "clear", "load", "copy", "copyWith",
      // the generated class's static changes()
      "changes",
      // Object and Iterable
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone",
      "finalize", "forEach", "spliterator");

  private final Elements elements;
  private final Annotations annotations;
  private final FieldReader fieldReader;
  /** Simple names of the top-level types of {@code java.lang}, read once from the platform. */
  private List<String> javaLangNames;

  KeyspaceReader(Elements elements, FieldReader fieldReader) {
    this.elements = elements;
    this.annotations = new Annotations(elements);
    this.fieldReader = fieldReader;
  }

  /**
   * Whether {@code type} refers to a type that does not exist (yet), also inside type arguments
   * ({@code List<Missing>}), array types and wildcard bounds: such a type is read again in a
   * later round, when another processor may have generated it.
   */
  boolean refersToMissingTypes(TypeElement type) {
    for (TypeMirror superInterface : type.getInterfaces()) {
      if (MissingTypes.in(superInterface)) {
        return true;
      }
    }
    Set<String> generated = generatedNames(type);
    for (ExecutableElement method : methods(type)) {
      if (MissingTypes.in(method.getReturnType(), generated) || fieldReader.codecIsMissing(method)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The classes this processor writes for {@code type}, by qualified and simple name: a static
   * or default method of the interface may return them (a domain method such as
   * {@code static UserStruct register(...)}), and they exist once written, so they are never
   * waited for.
   */
  private static Set<String> generatedNames(TypeElement type) {
    List<ClassName> classes = new ArrayList<>(List.of(Names.keyspaceClass(type)));
    if (Annotations.find(type, Annotations.STRUCT).isPresent()) {
      classes.add(Names.structClass(type));
    }
    Set<String> names = new HashSet<>();
    for (ClassName generated : classes) {
      names.add(generated.canonicalName());
      names.add(generated.simpleName());
    }
    return names;
  }

  /** Reads {@code type}; empty when it broke a rule, which was then reported to {@code report}. */
  Optional<KeyspaceModel> read(TypeElement type, Report report) {
    AnnotationMirror keyspace = Annotations.find(type, Annotations.KEYSPACE).orElseThrow();
    String name = type.getQualifiedName().toString();
    if (type.getKind() != ElementKind.INTERFACE) {
      String kind = type.getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      report.error(Messages.notAnInterface(article(kind), name), type, keyspace, null);
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(Messages.genericInterface(name), type, keyspace, null);
    }
    if (type.getModifiers().contains(Modifier.PRIVATE)) {
      report.error(Messages.privateInterface(name), type, keyspace, null);
    }
    String prefix = annotations.string(keyspace, "value");
    if (prefix.isBlank()) {
      report.error(
          Messages.blankPrefix(name), type, keyspace, annotations.value(keyspace, "value"));
    } else if (prefix.contains("{") || prefix.contains("}")) {
      report.error(
          Messages.braceInPrefix(name, prefix),
          type,
          keyspace,
          annotations.value(keyspace, "value"));
    }
    KeyspaceType kind = annotations.enumValue(keyspace, "type", KeyspaceType.class);
    FieldType valueType = annotations.enumValue(keyspace, "valueType", FieldType.class);
    Optional<AnnotationValue> explicitValueType = Annotations.explicit(keyspace, "valueType");
    if (kind == KeyspaceType.HASH && valueType != FieldType.AUTO) {
      report.error(Messages.valueTypeOnHash(name), type, keyspace, explicitValueType.orElse(null));
    }
    int shardCount = readShardCount(type, keyspace, kind, report);
    Optional<StructModel> struct = readStruct(type, kind, report);
    boolean isStruct = Annotations.find(type, Annotations.STRUCT).isPresent();
    List<FieldModel> fields = readFields(type, kind, isStruct, report);
    struct.ifPresent(s -> checkKeyName(type, s, fields, report));
    struct.ifPresent(s -> checkDefaultFieldNames(type, s, fields, report));
    if (report.hasErrors()) {
      return Optional.empty();
    }
    return Optional.of(
        new KeyspaceModel(
            type,
            ClassName.get(type),
            Names.keyspaceClass(type),
            prefix,
            annotations.string(keyspace, "connection"),
            kind,
            valueType == FieldType.AUTO ? FieldType.TEXT : valueType,
            shardCount,
            fields,
            struct,
            shadowedJavaLangNames(type),
            annotations.bool(keyspace, "sharedPrefix"),
            Modules.readsJavaCompiler(elements.getModuleOf(type))));
  }

  /**
   * Simple names of {@code java.lang} types that a type of {@code type}'s package shadows: in
   * generated code of that package, {@code String} would mean a user's {@code pkg.String}.
   *
   * <p>Each name is looked up on its own ({@code pkg.String}, {@code pkg.Long}, ...): the
   * processor never lists the package, so what it generates for an interface depends only on the
   * interface, the types it refers to, and whether the names the generated code uses are taken
   * in its package (which is what those names would mean there). See "Incremental builds" in
   * docs/annotations.md.
   */
  private Set<String> shadowedJavaLangNames(TypeElement type) {
    String packageName = ClassName.get(type).packageName();
    ModuleElement module = elements.getModuleOf(type);
    Set<String> shadowed = new HashSet<>();
    for (String simple : javaLangNames()) {
      String name = packageName.isEmpty() ? simple : packageName + "." + simple;
      TypeElement found = module == null
          ? elements.getTypeElement(name)
          : elements.getTypeElement(module, name);
      if (found != null) {
        shadowed.add(simple);
      }
    }
    return shadowed;
  }

  private List<String> javaLangNames() {
    if (javaLangNames == null) {
      List<String> names = new ArrayList<>();
      PackageElement javaLang = elements.getPackageElement("java.lang");
      if (javaLang != null) {
        for (Element member : javaLang.getEnclosedElements()) {
          names.add(member.getSimpleName().toString());
        }
      }
      javaLangNames = List.copyOf(names);
    }
    return javaLangNames;
  }

  private int readShardCount(
      TypeElement type, AnnotationMirror keyspace, KeyspaceType kind, Report report) {
    Optional<AnnotationValue> given = Annotations.explicit(keyspace, "shardCount");
    int shardCount = annotations.intValue(keyspace, "shardCount");
    String name = type.getQualifiedName().toString();
    if (kind != KeyspaceType.HASHED_STRING) {
      if (shardCount != 0) {
        report.error(
            Messages.shardCountOnOtherKind(name, kind.name()),
            type,
            keyspace,
            given.orElse(null));
      }
      return 0;
    }
    if (given.isPresent() && shardCount < 1) {
      report.error(Messages.shardCountTooSmall(name, shardCount), type, keyspace, given.get());
    }
    return shardCount == 0 ? 64 : shardCount;
  }

  private Optional<StructModel> readStruct(TypeElement type, KeyspaceType kind, Report report) {
    Optional<AnnotationMirror> found = Annotations.find(type, Annotations.STRUCT);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    AnnotationMirror struct = found.get();
    if (kind != KeyspaceType.HASH) {
      report.error(
          Messages.structOnOtherKind(type.getQualifiedName().toString(), kind.name()),
          type,
          struct,
          null);
      return Optional.empty();
    }
    String name = type.getQualifiedName().toString();
    String keyName = annotations.string(struct, "keyName");
    if (keyName.isBlank()) {
      report.error(
          Messages.blankKeyName(name), type, struct, annotations.value(struct, "keyName"));
    }
    long ttl = annotations.longValue(struct, "ttl");
    if (ttl < 0) {
      report.error(Messages.negativeTtl(name, ttl), type, struct, annotations.value(struct, "ttl"));
    }
    DefaultFields defaultFields = annotations.enumValue(struct, "defaultFields", DefaultFields.class);
    List<String> names = new ArrayList<>();
    for (AnnotationValue value : annotations.strings(struct, "defaultFieldNames")) {
      names.add((String) value.getValue());
    }
    if (defaultFields == DefaultFields.LISTED && names.isEmpty()) {
      report.error(
          Messages.listedWithoutNames(name), type, struct, annotations.value(struct, "defaultFields"));
    } else if (defaultFields != DefaultFields.LISTED && !names.isEmpty()) {
      report.error(
          Messages.namesWithoutListed(name, defaultFields.name()),
          type,
          struct,
          annotations.value(struct, "defaultFieldNames"));
    }
    return Optional.of(new StructModel(keyName, defaultFields, names, ttl));
  }

  /**
   * Each of {@code @Struct(defaultFieldNames)} must be the stored name of a declared field,
   * once; the error on a name says which field stores it, or how to declare it.
   */
  private void checkDefaultFieldNames(
      TypeElement type, StructModel struct, List<FieldModel> fields, Report report) {
    if (struct.defaultFields() != DefaultFields.LISTED) {
      return;
    }
    AnnotationMirror mirror = Annotations.find(type, Annotations.STRUCT).orElseThrow();
    String name = type.getQualifiedName().toString();
    Set<String> seen = new HashSet<>();
    for (AnnotationValue value : annotations.strings(mirror, "defaultFieldNames")) {
      String member = (String) value.getValue();
      String message = null;
      if (member.equals(struct.keyName())) {
        message = Messages.defaultFieldIsKeyName(name, member);
      } else if (!seen.add(member)) {
        message = Messages.defaultFieldTwice(name, member);
      } else if (fields.stream().noneMatch(f -> f.member().equals(member))) {
        Optional<FieldModel> byMethod =
            fields.stream().filter(f -> f.methodName().equals(member)).findFirst();
        List<String> stored = fields.stream().map(FieldModel::member).toList();
        message = byMethod.isPresent()
            ? Messages.defaultFieldIsMethodName(
                name, member, type.getSimpleName() + "." + member + "()", byMethod.get().member())
            : Messages.defaultFieldUndeclared(name, member, stored);
      }
      if (message != null) {
        report.error(message, type, mirror, value);
      }
    }
  }

  private void checkKeyName(
      TypeElement type, StructModel struct, List<FieldModel> fields, Report report) {
    for (FieldModel field : fields) {
      if (field.member().equals(struct.keyName())) {
        AnnotationMirror mirror = Annotations.find(type, Annotations.STRUCT).orElseThrow();
        report.error(
            Messages.keyNameIsMember(
                type.getQualifiedName().toString(),
                struct.keyName(),
                type.getSimpleName() + "." + field.methodName() + "()"),
            type,
            mirror,
            annotations.value(mirror, "keyName"));
      }
    }
  }

  private List<FieldModel> readFields(
      TypeElement type, KeyspaceType kind, boolean isStruct, Report report) {
    List<FieldModel> fields = new ArrayList<>();
    Map<String, ExecutableElement> byMember = new HashMap<>();
    Map<String, String> byConstant = new HashMap<>();
    for (String reserved : RESERVED) {
      byConstant.put(reserved, "the generated class");
    }
    if (isStruct) {
      for (String reserved : STRUCT_RESERVED) {
        byConstant.put(reserved, "the generated struct class");
      }
    }
    String typeName = type.getQualifiedName().toString();
    for (ExecutableElement method : methods(type)) {
      Optional<AnnotationMirror> field = Annotations.find(method, Annotations.FIELD);
      String methodName = FieldReader.describe(method);
      if (isStruct
          && !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE)
          && STRUCT_METHODS.contains(method.getSimpleName().toString())) {
        report.error(
            Messages.reservedStructMethod(methodName, typeName),
            method,
            field.orElse(null),
            null);
        continue;
      }
      if (field.isEmpty()) {
        if (method.getModifiers().contains(Modifier.ABSTRACT)) {
          report.error(Messages.abstractWithoutField(methodName), method);
        }
        continue;
      }
      if (kind != KeyspaceType.HASH) {
        report.error(
            Messages.fieldOnOtherKind(methodName, kind.name()), method, field.get(), null);
        continue;
      }
      Optional<FieldModel> read = fieldReader.read(method, field.get(), report);
      if (read.isEmpty()) {
        continue;
      }
      FieldModel model = read.get();
      if (model.required() && !isStruct) {
        report.error(
            Messages.requiredWithoutStruct(methodName, typeName),
            method,
            field.get(),
            Annotations.explicit(field.get(), "required").orElse(null));
        continue;
      }
      ExecutableElement other = byMember.putIfAbsent(model.member(), method);
      if (other != null) {
        report.error(
            Messages.duplicateMember(methodName, model.member(), FieldReader.describe(other)),
            method,
            field.get(),
            Annotations.explicit(field.get(), "name").orElse(null));
        continue;
      }
      String owner = byConstant.putIfAbsent(model.constantName(), methodName);
      if (owner != null) {
        report.error(
            Messages.duplicateConstant(methodName, model.constantName(), owner),
            method,
            field.get(),
            null);
        continue;
      }
      if (model.codec().isPresent()) {
        String codec = "codec " + model.codec().get();
        String codecOwner = byConstant.putIfAbsent(Names.codecField(model.codec().get()), codec);
        if (codecOwner != null && !codecOwner.equals(codec)) {
          report.error(
              Messages.duplicateConstant(
                  methodName, Names.codecField(model.codec().get()), codecOwner),
              method,
              field.get(),
              Annotations.explicit(field.get(), "codec").orElse(null));
          continue;
        }
      }
      fields.add(model);
    }
    return fields;
  }

  /**
   * The methods of {@code type} in declaration order, then those inherited from its
   * superinterfaces that it does not override.
   */
  private List<ExecutableElement> methods(TypeElement type) {
    List<ExecutableElement> methods = new ArrayList<>();
    collect(type, true, new HashSet<>(), methods);
    return methods;
  }

  private void collect(
      TypeElement type, boolean own, Set<String> seen, List<ExecutableElement> methods) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean inherited = !method.getModifiers().contains(Modifier.STATIC)
          && !method.getModifiers().contains(Modifier.PRIVATE);
      if ((own || inherited) && seen.add(signature(method))) {
        methods.add(method);
      }
    }
    for (TypeMirror superInterface : type.getInterfaces()) {
      Element element = ((DeclaredType) superInterface).asElement();
      collect((TypeElement) element, false, seen, methods);
    }
  }

  private static String signature(ExecutableElement method) {
    StringBuilder signature = new StringBuilder(method.getSimpleName()).append('(');
    method.getParameters().forEach(p -> signature.append(p.asType()).append(','));
    return signature.append(')').toString();
  }

  private static String article(String kind) {
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }
}

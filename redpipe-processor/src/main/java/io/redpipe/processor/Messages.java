package io.redpipe.processor;

import java.util.List;
import javax.lang.model.SourceVersion;

/**
 * Every message the processor reports: the rule that was broken, the offender, and the fix.
 * Tests assert on these texts.
 */
final class Messages {
  private Messages() {}

  static String notAnInterface(String kind, String name) {
    return "@Keyspace is only allowed on interfaces, but " + name + " is " + kind
        + "; declare it as `interface " + simple(name) + "`";
  }

  static String blankPrefix(String name) {
    return "@Keyspace prefix of " + name + " is blank; give a non-blank prefix such as"
        + " @Keyspace(\"U\") (keys are <prefix>{<id>}; RedPipe keyspaces have no un-prefixed form,"
        + " so send commands on keys used verbatim through the pipeline itself)";
  }

  static String braceInPrefix(String name, String prefix) {
    return "@Keyspace prefix \"" + prefix + "\" of " + name + " contains { or }; RedPipe puts the id"
        + " in braces after the prefix, so remove the braces from the prefix";
  }

  static String genericInterface(String name) {
    return "@Keyspace interface " + name + " has type parameters; keyspace interfaces cannot be"
        + " generic, remove the type parameters";
  }

  static String privateInterface(String name) {
    return "@Keyspace interface " + name + " is private; the generated class must implement it,"
        + " make it package-private or public";
  }

  static String valueTypeOnHash(String name) {
    return "valueType is not allowed on the HASH keyspace " + name + "; hash members are typed by"
        + " @Field methods, remove valueType";
  }

  static String shardCountOnOtherKind(String name, String kind) {
    return "shardCount is only allowed on HASHED_STRING keyspaces, but " + name + " is " + kind
        + "; remove shardCount";
  }

  static String shardCountTooSmall(String name, int shardCount) {
    return "shardCount of " + name + " is " + shardCount + ", but it must be at least 1; give a"
        + " positive shardCount or leave it out for the default of 64";
  }

  static String structOnOtherKind(String name, String kind) {
    return "@Struct is only allowed on HASH keyspaces, but " + name + " is " + kind
        + "; remove @Struct or the keyspace type";
  }

  static String structWithoutKeyspace(String name) {
    return "@Struct on " + name + " has no @Keyspace; a struct is stored in the hashes of a HASH"
        + " keyspace, so add @Keyspace(\"<prefix>\") to it";
  }

  static String blankKeyName(String name) {
    return "@Struct keyName of " + name + " is blank; give a non-blank keyName such as"
        + " @Struct(keyName = \"user_id\"), or leave it out for \"_key\"";
  }

  static String keyNameIsMember(String name, String keyName, String method) {
    return "@Struct keyName \"" + keyName + "\" of " + name + " is also the stored name of "
        + method + "; the key is never stored in the hash, so choose another keyName or give the"
        + " field another @Field(name = ...)";
  }

  static String listedWithoutNames(String name) {
    return "@Struct(defaultFields = LISTED) of " + name + " names no fields; list the stored names"
        + " of the fields a default load reads, e.g. defaultFieldNames = {\"name\"}, or choose ALL"
        + " or DEFINED";
  }

  static String namesWithoutListed(String name, String defaultFields) {
    return "@Struct defaultFieldNames of " + name + " are only read with defaultFields ="
        + " DefaultFields.LISTED, but defaultFields is " + defaultFields + "; add defaultFields ="
        + " DefaultFields.LISTED, or remove defaultFieldNames";
  }

  static String defaultFieldIsKeyName(String name, String member) {
    return "@Struct defaultFieldNames of " + name + " names \"" + member + "\", the keyName; the"
        + " key is part of every struct and never stored in the hash, so remove it";
  }

  static String defaultFieldTwice(String name, String member) {
    return "@Struct defaultFieldNames of " + name + " names \"" + member + "\" twice; name each"
        + " field once";
  }

  static String defaultFieldIsMethodName(
      String name, String member, String method, String stored) {
    return "@Struct defaultFieldNames of " + name + " names \"" + member + "\", but " + method
        + " stores its member as \"" + stored + "\"; defaultFieldNames takes stored names, so"
        + " write \"" + stored + "\"";
  }

  static String defaultFieldUndeclared(String name, String member, List<String> stored) {
    return "@Struct defaultFieldNames of " + name + " names \"" + member + "\", which no @Field"
        + " method of " + simple(name) + " stores; defaultFieldNames takes the stored names of"
        + " declared fields" + (stored.isEmpty() ? "" : " (" + String.join(", ", stored) + ")")
        + ", so declare it, e.g. " + declaration(member)
        + " (TEXT stores exactly what an undeclared member holds)";
  }

  /**
   * How to declare a TEXT field storing {@code member}: {@code @Field String nick();}, or with
   * {@code @Field(name = ...)} when the stored name is not a Java method name (a keyword such as
   * {@code class}, or {@code last-seen}).
   */
  static String declaration(String member) {
    if (SourceVersion.isName(member) && !member.contains(".")) {
      return "@Field String " + member + "();";
    }
    return "@Field(name = \"" + member + "\") String " + methodNameFor(member) + "();";
  }

  /** A Java method name for a stored name: {@code last-seen} → {@code lastSeen}, {@code class} → {@code classValue}. */
  private static String methodNameFor(String member) {
    StringBuilder name = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < member.length(); i++) {
      char c = member.charAt(i);
      if (Character.isJavaIdentifierPart(c) && c != '$') {
        name.append(upper && name.length() > 0 ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.charAt(0))) {
      name.insert(0, "member");
    }
    String result = name.toString();
    return SourceVersion.isKeyword(result) ? result + "Value" : result;
  }

  static String negativeTtl(String name, long ttl) {
    return "@Struct ttl of " + name + " is " + ttl + ", but it must be 0 (no expiry) or a positive"
        + " number of seconds";
  }

  static String reservedStructMethod(String method, String name) {
    return "method " + method + " of @Struct interface " + name + " has the name of a method of"
        + " the generated struct class (AbstractStruct, Object or Iterable); rename the method,"
        + " keeping the stored name with @Field(name = \"" + nameOf(method) + "\") if needed";
  }

  static String requiredWithoutStruct(String method, String name) {
    return "@Field(required = true) on " + method + " has no effect because " + name + " is not a"
        + " @Struct; add @Struct to the interface or remove required";
  }

  static String fieldOnOtherKind(String method, String kind) {
    return "@Field method " + method + " is only allowed on HASH keyspaces, but this keyspace is "
        + kind + "; remove the method or make the keyspace a HASH";
  }

  static String fieldWithParameters(String method) {
    return "@Field method " + method + " has parameters; a field is read by a method without"
        + " parameters, remove them";
  }

  static String voidField(String method) {
    return "@Field method " + method + " returns void; declare the field's Java type as the"
        + " return type, e.g. `String " + nameOf(method) + "()`";
  }

  static String defaultField(String method) {
    return "@Field method " + method + " is a default method; a field must be abstract, remove"
        + " the body";
  }

  static String staticField(String method) {
    return "@Field method " + method + " is static; a field must be an abstract instance method,"
        + " remove static and the body";
  }

  static String genericField(String method) {
    return "@Field method " + method + " has type parameters; a field cannot be generic, remove"
        + " them";
  }

  static String abstractWithoutField(String method) {
    return "abstract method " + method + " of a @Keyspace interface has no @Field; annotate it"
        + " with @Field, give it a default body, or remove it";
  }

  static String typeDoesNotFit(String method, String type, String returnType, String expected) {
    return "@Field(type = " + type + ") does not fit the return type " + returnType + " of "
        + method + "; " + type + " needs " + expected
        + ", so change the return type or the field type";
  }

  static String noDefaultMapping(String method, String returnType) {
    return "return type " + returnType + " of " + method + " has no default field type; give"
        + " @Field(type = ...) or @Field(codec = ...) for it, or use one of String, byte[], Long,"
        + " Integer, Short, Double, Float, Boolean, List<String>, List<Object>,"
        + " Map<String, Object>";
  }

  static String typeAndCodec(String method) {
    return "@Field on " + method + " gives both type and codec; the codec decides the type,"
        + " remove one of them";
  }

  static String notACodec(String method, String codec) {
    return "codec " + codec + " of " + method + " does not implement"
        + " io.redpipe.codecs.FieldCodec; implement FieldCodec<T> for the method's return type";
  }

  static String codecWithoutConstructor(String method, String codec) {
    return "codec " + codec + " of " + method + " has no public no-argument constructor; the"
        + " generated code creates it with `new " + simple(codec) + "()`, so make it a public,"
        + " non-abstract, static class with a public no-argument constructor";
  }

  static String codecDoesNotFit(String method, String codec, String codecType, String returnType) {
    return "codec " + codec + " of " + method + " stores " + codecType + ", but the method"
        + " returns " + returnType + "; make the codec a FieldCodec<" + returnType + "> or change"
        + " the return type to " + codecType;
  }

  static String runtimeMissing(String method) {
    return "io.redpipe.codecs.FieldCodec is not on the classpath, so the codec of " + method
        + " cannot be checked; add the redpipe-runtime dependency";
  }

  static String duplicateMember(String method, String member, String other) {
    return "@Field method " + method + " stores member \"" + member + "\", like " + other
        + "; stored names must be unique, give one of them another @Field(name = ...)";
  }

  static String duplicateConstant(String method, String constant, String other) {
    return "@Field method " + method + " needs the generated constant " + constant + ", which "
        + other + " already uses; rename the method";
  }

  static String unresolvedType(String name) {
    return "@Keyspace interface " + name + " refers to a type that does not exist; fix the"
        + " missing type, then the keyspace class will be generated";
  }

  static String duplicatePrefix(String name, String prefix, String connection, String other) {
    return "@Keyspace " + name + " uses prefix \"" + prefix + "\" on "
        + (connection.isEmpty() ? "the default connection" : "connection \"" + connection + "\"")
        + " like " + other + "; their keys collide, give one of them another prefix, or set"
        + " @Keyspace(sharedPrefix = true) on one of them if they describe the same keys on"
        + " purpose";
  }

  static String generatedNameTaken(String generated, String name) {
    return "RedPipe generates " + generated + " for @Keyspace interface " + name + ", but a type"
        + " of that name already exists; rename that type or the interface";
  }

  static String generatedForBoth(String generated, String name, String other) {
    return "RedPipe would generate " + generated + " for both " + name + " and " + other
        + "; rename one of the interfaces";
  }

  static String writeFailed(String name, Exception e) {
    return "RedPipe could not write the generated classes of " + name + ": " + e
        + "; check that no other processor writes them and the output directory is writable";
  }

  static String crashed(String name, Throwable t) {
    return "RedPipe processor failed on " + name + " with " + t + "; this is a bug in RedPipe,"
        + " please file an issue with this message and the interface";
  }

  private static String simple(String qualified) {
    return qualified.substring(qualified.lastIndexOf('.') + 1);
  }

  private static String nameOf(String method) {
    String simple = simple(method);
    int paren = simple.indexOf('(');
    return paren < 0 ? simple : simple.substring(0, paren);
  }
}

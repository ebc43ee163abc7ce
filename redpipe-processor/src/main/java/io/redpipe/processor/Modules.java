package io.redpipe.processor;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.util.ElementFilter;

/** What a module of the compilation can read, from its declaration. */
final class Modules {
  /** The module of {@code javax.annotation.processing.Generated}. */
  static final String JAVA_COMPILER = "java.compiler";

  private Modules() {}

  /**
   * Whether code in {@code module} can use {@code @javax.annotation.processing.Generated}: always
   * in the unnamed module (the class path) and when modules are not supported ({@code null});
   * in a named module only when it reads {@code java.compiler}, directly ({@code requires} or
   * {@code requires static}) or through a {@code requires transitive} chain (as {@code java.se}
   * has).
   */
  static boolean readsJavaCompiler(ModuleElement module) {
    if (module == null || module.isUnnamed()) {
      return true;
    }
    Set<String> seen = new HashSet<>();
    Deque<ModuleElement> read = new ArrayDeque<>();
    for (RequiresDirective requires : ElementFilter.requiresIn(module.getDirectives())) {
      read.add(requires.getDependency());
    }
    while (!read.isEmpty()) {
      ModuleElement next = read.pop();
      String name = next.getQualifiedName().toString();
      if (name.equals(JAVA_COMPILER)) {
        return true;
      }
      if (seen.add(name)) {
        for (RequiresDirective requires : ElementFilter.requiresIn(next.getDirectives())) {
          if (requires.isTransitive()) {
            read.add(requires.getDependency());
          }
        }
      }
    }
    return false;
  }
}

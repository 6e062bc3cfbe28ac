package org.wops.web.pages;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Calls the pages' method expressions ({@code #{p.status()}}, {@code #{labels.partialDate(d)}})
 * without looking the method up again on every call. The standard {@code BeanELResolver} asks
 * {@code Class.getMethods()} — a fresh copy of every public method — for each call, which a profile
 * of the signed-in pages showed as an eighth of their rendering (docs/BENCHMARKS.md, session 13).
 *
 * <p>This resolver knows, per class (a {@link ClassValue}), the public methods whose name and
 * number of parameters leave no choice: one method, not varargs. It calls such a method when every
 * argument is already of its parameter's type (or null for an object parameter), as the standard
 * resolver would after finding the same method. Everything else — overloads, varargs, an argument
 * EL would coerce (a {@code Long} for an {@code int}), properties — it leaves to the standard
 * resolvers, which come after it: it only ever resolves what they would resolve the same way.
 */
public final class CachedMethodELResolver extends ELResolver {
  private static final ClassValue<Map<String, Method>> UNAMBIGUOUS =
      new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
          Map<String, Method> byKey = new HashMap<>();
          Set<String> ambiguous = new HashSet<>();
          for (Method m : type.getMethods()) {
            if (m.isBridge() || Modifier.isStatic(m.getModifiers())) {
              continue;
            }
            String key = key(m.getName(), m.getParameterCount());
            Method seen = byKey.putIfAbsent(key, m);
            if (seen != null && !sameSignature(seen, m)) {
              ambiguous.add(key);
            }
          }
          ambiguous.forEach(byKey::remove);
          byKey.values().removeIf(m -> m.isVarArgs() || !m.trySetAccessible());
          return Map.copyOf(byKey);
        }
      };

  private static String key(String name, int parameters) {
    return name + '/' + parameters;
  }

  private static boolean sameSignature(Method a, Method b) {
    return java.util.Arrays.equals(a.getParameterTypes(), b.getParameterTypes());
  }

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || !(method instanceof String name)) {
      return null;
    }
    int count = params == null ? 0 : params.length;
    Method m = UNAMBIGUOUS.get(base.getClass()).get(key(name, count));
    if (m == null) {
      return null;
    }
    Class<?>[] types = m.getParameterTypes();
    for (int i = 0; i < count; i++) {
      Object a = params[i];
      if (a == null ? types[i].isPrimitive() : !boxed(types[i]).isInstance(a)) {
        return null; // EL would coerce it: the standard resolver does
      }
    }
    try {
      Object result = m.invoke(base, count == 0 ? null : params);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ELException el) {
        throw el;
      }
      throw new ELException(cause);
    } catch (IllegalAccessException e) {
      return null;
    }
  }

  private static Class<?> boxed(Class<?> type) {
    if (!type.isPrimitive()) {
      return type;
    }
    return switch (type.getName()) {
      case "boolean" -> Boolean.class;
      case "int" -> Integer.class;
      case "long" -> Long.class;
      case "double" -> Double.class;
      case "float" -> Float.class;
      case "short" -> Short.class;
      case "byte" -> Byte.class;
      case "char" -> Character.class;
      default -> Void.class;
    };
  }

  // ---------------------------------------------------------------- properties: not this
  // resolver's

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // not resolved: the next resolver sets it
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}

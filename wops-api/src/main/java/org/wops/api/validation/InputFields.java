package org.wops.api.validation;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wops.api.openapi.ApiClasses;
import org.wops.api.openapi.InputDocumentation;

/**
 * Every field of every JSON body the API accepts, found by reflection from the resource classes
 * (the way {@link InputDocumentation} finds them), with the limit Bean Validation checks on it. The
 * limits themselves are the {@code @Size} annotations on the input classes, whose numbers are the
 * domain's constants (the same that size the database columns): this class only reads them, so that
 * a test can prove that no text, list or map is unbounded and can send one value too long for each.
 */
public final class InputFields {
  private InputFields() {}

  /** A field of a body: its path from the body's root ({@code participants.responsibilities}). */
  public record InputField(
      Class<?> body,
      String path,
      Field field,
      Kind kind,
      Integer max,
      Integer elementMax,
      boolean closed) {
    /** The name problems give the field ({@code participants.responsibilities}). */
    public String name() {
      return path;
    }
  }

  /** What a field holds. */
  public enum Kind {
    TEXT,
    LIST,
    MAP
  }

  /** The classes of the JSON bodies of every resource method. */
  public static Set<Class<?>> bodies() {
    Set<Class<?>> found = new LinkedHashSet<>();
    for (Class<?> resource : ApiClasses.resources()) {
      for (Method method : resource.getDeclaredMethods()) {
        if (InputDocumentation.httpMethodOf(method) == null
            || !Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        for (Parameter p : method.getParameters()) {
          if (isBody(p)) {
            found.add(p.getType());
          }
        }
      }
    }
    return found;
  }

  private static boolean isBody(Parameter p) {
    return !(p.isAnnotationPresent(Context.class)
        || p.isAnnotationPresent(PathParam.class)
        || p.isAnnotationPresent(QueryParam.class)
        || p.isAnnotationPresent(HeaderParam.class)
        || p.isAnnotationPresent(CookieParam.class)
        || p.isAnnotationPresent(MatrixParam.class)
        || p.isAnnotationPresent(FormParam.class)
        || p.isAnnotationPresent(BeanParam.class)
        || p.getType().isPrimitive()
        || p.getType() == String.class
        || p.getType() == java.io.InputStream.class
        || p.getType().getName().startsWith("java.")
        || p.getType().getName().startsWith("jakarta."));
  }

  /** The text, list and map fields of a body, nested objects (and lists of them) included. */
  public static List<InputField> of(Class<?> body) {
    List<InputField> fields = new ArrayList<>();
    collect(body, body, "", fields, 0);
    return fields;
  }

  private static void collect(
      Class<?> body, Class<?> type, String prefix, List<InputField> into, int depth) {
    if (depth > 4) {
      return;
    }
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      String path = prefix + f.getName();
      Size size = f.getAnnotation(Size.class);
      Integer max = size == null || size.max() == Integer.MAX_VALUE ? null : size.max();
      boolean closed = f.isAnnotationPresent(OneOf.class) || f.isAnnotationPresent(Pattern.class);
      Class<?> raw = f.getType();
      if (raw == String.class) {
        into.add(new InputField(body, path, f, Kind.TEXT, max, null, closed));
      } else if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
        AnnotatedType[] args =
            f.getAnnotatedType() instanceof AnnotatedParameterizedType p
                ? p.getAnnotatedActualTypeArguments()
                : new AnnotatedType[0];
        AnnotatedType element = args.length == 0 ? null : args[args.length - 1];
        Integer elementMax = null;
        if (element != null) {
          Size elementSize = element.getAnnotation(Size.class);
          elementMax =
              elementSize != null
                  ? Integer.valueOf(elementSize.max())
                  : element.isAnnotationPresent(OneOf.class) ? Integer.valueOf(0) : null;
        }
        boolean isMap = Map.class.isAssignableFrom(raw);
        into.add(
            new InputField(body, path, f, isMap ? Kind.MAP : Kind.LIST, max, elementMax, false));
        if (element != null
            && element.getType() instanceof Class<?> c
            && !c.getName().startsWith("java.")) {
          collect(body, c, path + ".", into, depth + 1);
        }
      } else if (!raw.isPrimitive()
          && !raw.isEnum()
          && !raw.getName().startsWith("java.")
          && !raw.getName().startsWith("jakarta.")) {
        collect(body, raw, path + ".", into, depth + 1);
      }
    }
  }

  /** Fields whose texts (or whose elements' texts) have no upper bound. */
  public static List<String> unbounded() {
    List<String> missing = new ArrayList<>();
    for (Class<?> body : bodies()) {
      for (InputField f : of(body)) {
        boolean textElements = f.kind() != Kind.TEXT && elementIsText(f.field().getAnnotatedType());
        if ((f.max() == null && !f.closed()) || (textElements && f.elementMax() == null)) {
          missing.add(body.getName() + "#" + f.path());
        }
      }
    }
    return missing;
  }

  /**
   * Whether the elements are texts: a list's elements, a map's values (the last type argument, the
   * one {@code elementMax} is read from; a map of texts to ids, {@code Map<String, Long>}, holds no
   * text values).
   */
  private static boolean elementIsText(AnnotatedType type) {
    if (type instanceof AnnotatedParameterizedType p) {
      AnnotatedType[] args = p.getAnnotatedActualTypeArguments();
      return args.length > 0 && args[args.length - 1].getType() == String.class;
    }
    return false;
  }
}

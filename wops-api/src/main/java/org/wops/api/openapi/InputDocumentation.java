package org.wops.api.openapi;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter.In;
import org.eclipse.microprofile.openapi.models.tags.Tag;
import org.wops.api.ApiApplication;
import org.wops.api.json.JsonBinding;
import org.wops.api.validation.OneOf;

/**
 * Completes {@code /openapi} from the resource classes themselves: Payara's generator (6.2025.10)
 * leaves out input fields (those with our own constraints, dates, sets), types dates as {@code
 * object}, and does not expand {@code @BeanParam}s into parameters. Here every {@code @PathParam},
 * {@code @QueryParam} and {@code @HeaderParam} (also inside a {@code @BeanParam}: the filters, the
 * page, If-Match, the partnership a change names) and every field of every JSON body is described
 * with its type, format, allowed values and limits, read by reflection from the same annotations
 * that Bean Validation checks, so the document cannot drift from the code.
 */
public final class InputDocumentation {
  private final OpenAPI api;
  private final Map<Class<?>, String> named = new LinkedHashMap<>();

  private InputDocumentation(OpenAPI api) {
    this.api = api;
  }

  /** Adds what the generator left out; tags named twice are kept once. */
  public static void complete(OpenAPI api) {
    InputDocumentation doc = new InputDocumentation(api);
    for (Class<?> resource : ApiClasses.resources()) {
      doc.resource(resource);
    }
    doc.tagsOnce();
  }

  /** The path of a resource method as the document names it ({@code /api/v1/operators/{id}}). */
  public static String pathOf(Class<?> resource, Method method) {
    jakarta.ws.rs.Path base = resource.getAnnotation(jakarta.ws.rs.Path.class);
    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
    String path =
        ("/" + ApiApplication.PATH + "/" + base.value() + (sub == null ? "" : "/" + sub.value()))
            .replaceAll("/+", "/");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /** The HTTP method of a resource method, or null when it is none. */
  public static String httpMethodOf(Method method) {
    for (Annotation a : method.getAnnotations()) {
      HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private void resource(Class<?> resource) {
    for (Method method : resource.getDeclaredMethods()) {
      String http = httpMethodOf(method);
      if (http == null || !Modifier.isPublic(method.getModifiers())) {
        continue;
      }
      Operation operation = operation(pathOf(resource, method), http);
      for (Parameter p : method.getParameters()) {
        parameter(operation, p, method);
      }
    }
  }

  private Operation operation(String path, String http) {
    if (api.getPaths() == null) {
      api.setPaths(OASFactory.createPaths());
    }
    PathItem item = api.getPaths().getPathItem(path);
    if (item == null) {
      item = OASFactory.createPathItem();
      api.getPaths().addPathItem(path, item);
    }
    PathItem.HttpMethod method = PathItem.HttpMethod.valueOf(http.toUpperCase(Locale.ROOT));
    Operation operation = item.getOperations().get(method);
    if (operation == null) {
      operation = OASFactory.createOperation();
      item.setOperation(method, operation);
    }
    return operation;
  }

  private void parameter(Operation operation, Parameter p, Method method) {
    if (p.isAnnotationPresent(Context.class)) {
      return;
    }
    PathParam path = p.getAnnotation(PathParam.class);
    QueryParam query = p.getAnnotation(QueryParam.class);
    if (path != null) {
      addParameter(operation, path.value(), In.PATH, schema(p.getAnnotatedType(), p), true);
    } else if (query != null) {
      addParameter(operation, query.value(), In.QUERY, schema(p.getAnnotatedType(), p), false);
    } else if (p.isAnnotationPresent(BeanParam.class)) {
      for (Field f : p.getType().getFields()) {
        PathParam inPath = f.getAnnotation(PathParam.class);
        QueryParam q = f.getAnnotation(QueryParam.class);
        HeaderParam h = f.getAnnotation(HeaderParam.class);
        if (inPath != null) {
          addParameter(operation, inPath.value(), In.PATH, schema(f.getAnnotatedType(), f), true);
        } else if (q != null) {
          addParameter(operation, q.value(), In.QUERY, schema(f.getAnnotatedType(), f), false);
        } else if (h != null) {
          addParameter(operation, h.value(), In.HEADER, schema(f.getAnnotatedType(), f), false);
        }
      }
    } else if (p.getType() != String.class && p.getType() != java.io.InputStream.class) {
      body(operation, p, method);
    }
  }

  private void addParameter(
      Operation operation, String name, In in, Schema schema, boolean required) {
    List<org.eclipse.microprofile.openapi.models.parameters.Parameter> parameters =
        operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
    org.eclipse.microprofile.openapi.models.parameters.Parameter existing =
        parameters.stream()
            .filter(x -> name.equals(x.getName()) && in == x.getIn())
            .findFirst()
            .orElse(null);
    if (existing == null) {
      existing = OASFactory.createParameter().name(name).in(in);
      operation.addParameter(existing);
    }
    existing.setSchema(schema);
    if (required) {
      existing.setRequired(true);
    }
    if (existing.getDescription() == null && schema.getDescription() != null) {
      existing.setDescription(schema.getDescription());
    }
  }

  private void body(Operation operation, Parameter p, Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    String type =
        consumes == null || consumes.value().length == 0 ? "application/json" : consumes.value()[0];
    if (!type.contains("json")) {
      return;
    }
    Schema schema = schema(p.getAnnotatedType(), p);
    if (operation.getRequestBody() == null) {
      operation.setRequestBody(OASFactory.createRequestBody());
    }
    operation.getRequestBody().setRequired(true);
    operation
        .getRequestBody()
        .setContent(
            OASFactory.createContent()
                .addMediaType("application/json", OASFactory.createMediaType().schema(schema)));
  }

  /** The schema of a value of this (annotated) type, with the limits its annotations set. */
  private Schema schema(AnnotatedType annotated, AnnotatedElement element) {
    Class<?> raw = raw(annotated);
    Schema s = OASFactory.createSchema();
    if (raw == String.class) {
      s.type(Schema.SchemaType.STRING);
    } else if (raw == Long.class || raw == long.class) {
      s.type(Schema.SchemaType.INTEGER).format("int64");
    } else if (raw == Integer.class || raw == int.class) {
      s.type(Schema.SchemaType.INTEGER).format("int32");
    } else if (raw == BigDecimal.class || raw == BigInteger.class) {
      s.type(Schema.SchemaType.NUMBER)
          .description(
              "at most "
                  + JsonBinding.MAX_INTEGER_DIGITS
                  + " digits before the decimal point and "
                  + JsonBinding.MAX_DECIMALS
                  + " after it");
    } else if (raw == Boolean.class || raw == boolean.class) {
      s.type(Schema.SchemaType.BOOLEAN);
    } else if (raw == LocalDate.class) {
      s.type(Schema.SchemaType.STRING)
          .format("date")
          .pattern("^[12][0-9]{3}-[0-9]{2}-[0-9]{2}$")
          .description("a date written YYYY-MM-DD (for a year alone, its first day)");
    } else if (raw == org.wops.domain.shared.PartialDate.class) {
      s.type(Schema.SchemaType.STRING)
          .pattern("^[12][0-9]{3}(-[0-9]{2}(-[0-9]{2})?)?$")
          .description(
              "a date at the precision the sources give: "
                  + org.wops.domain.shared.PartialDate.FORMAT);
    } else if (raw == OffsetDateTime.class) {
      s.type(Schema.SchemaType.STRING).format("date-time");
    } else if (raw.isEnum()) {
      s.type(Schema.SchemaType.STRING).enumeration(names(raw));
    } else if (Collection.class.isAssignableFrom(raw)) {
      s.type(Schema.SchemaType.ARRAY);
      if (annotated instanceof AnnotatedParameterizedType pt) {
        AnnotatedType item = pt.getAnnotatedActualTypeArguments()[0];
        s.items(schema(item, item));
      }
      if (java.util.Set.class.isAssignableFrom(raw)) {
        s.uniqueItems(true);
      }
    } else if (Map.class.isAssignableFrom(raw)) {
      s.type(Schema.SchemaType.OBJECT);
      if (annotated instanceof AnnotatedParameterizedType pt) {
        AnnotatedType value = pt.getAnnotatedActualTypeArguments()[1];
        s.additionalPropertiesSchema(schema(value, value));
      }
    } else {
      return OASFactory.createSchema().ref("#/components/schemas/" + component(raw));
    }
    constraints(s, element);
    constraints(s, annotated);
    return s;
  }

  private static Class<?> raw(AnnotatedType annotated) {
    java.lang.reflect.Type t = annotated.getType();
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof java.lang.reflect.ParameterizedType pt) {
      return (Class<?>) pt.getRawType();
    }
    return Object.class;
  }

  private static List<Object> names(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(e -> (Object) ((Enum<?>) e).name())
        .toList();
  }

  private static void constraints(Schema s, AnnotatedElement element) {
    if (element == null) {
      return;
    }
    OneOf oneOf = element.getAnnotation(OneOf.class);
    if (oneOf != null) {
      s.type(Schema.SchemaType.STRING).enumeration(names(oneOf.value()));
    }
    Size size = element.getAnnotation(Size.class);
    if (size != null) {
      if (s.getType() == Schema.SchemaType.ARRAY) {
        s.minItems(size.min() > 0 ? size.min() : null);
        s.maxItems(size.max() < Integer.MAX_VALUE ? size.max() : null);
      } else {
        s.minLength(size.min() > 0 ? size.min() : null);
        s.maxLength(size.max() < Integer.MAX_VALUE ? size.max() : null);
      }
    }
    Pattern pattern = element.getAnnotation(Pattern.class);
    if (pattern != null) {
      s.pattern("^(" + pattern.regexp() + ")$");
      if (s.getDescription() == null) {
        s.description(pattern.message());
      }
    }
    Min min = element.getAnnotation(Min.class);
    if (min != null) {
      s.minimum(BigDecimal.valueOf(min.value()));
    }
    Max max = element.getAnnotation(Max.class);
    if (max != null) {
      s.maximum(BigDecimal.valueOf(max.value()));
    }
    DecimalMin dmin = element.getAnnotation(DecimalMin.class);
    if (dmin != null) {
      s.minimum(new BigDecimal(dmin.value()));
    }
    DecimalMax dmax = element.getAnnotation(DecimalMax.class);
    if (dmax != null) {
      s.maximum(new BigDecimal(dmax.value()));
    }
    if (element.isAnnotationPresent(PositiveOrZero.class)) {
      s.minimum(BigDecimal.ZERO);
    }
    DefaultValue defaultValue = element.getAnnotation(DefaultValue.class);
    if (defaultValue != null) {
      s.defaultValue(defaultValue.value());
    }
  }

  /** The component schema of an input class, made once, named after the class. */
  private String component(Class<?> type) {
    String name = named.get(type);
    if (name != null) {
      return name;
    }
    name = type.getSimpleName();
    if (named.containsValue(name)) {
      name =
          type.getEnclosingClass() == null
              ? type.getName()
              : type.getEnclosingClass().getSimpleName() + name;
    }
    named.put(type, name);
    Schema schema = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
    List<String> required = new ArrayList<>();
    for (Field f : type.getFields()) {
      if (Modifier.isStatic(f.getModifiers())) {
        continue;
      }
      schema.addProperty(f.getName(), schema(f.getAnnotatedType(), f));
      if (f.isAnnotationPresent(NotNull.class)
          || f.isAnnotationPresent(NotBlank.class)
          || f.isAnnotationPresent(NotEmpty.class)) {
        required.add(f.getName());
      }
    }
    if (!required.isEmpty()) {
      schema.required(required);
    }
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents().addSchema(name, schema);
    return name;
  }

  private void tagsOnce() {
    if (api.getTags() == null) {
      return;
    }
    Map<String, Tag> once = new LinkedHashMap<>();
    for (Tag tag : api.getTags()) {
      Tag kept = once.putIfAbsent(tag.getName(), tag);
      if (kept != null
          && tag.getDescription() != null
          && kept.getDescription() != null
          && !kept.getDescription().contains(tag.getDescription())) {
        kept.setDescription(kept.getDescription() + "; " + tag.getDescription());
      }
    }
    api.setTags(new ArrayList<>(once.values()));
  }
}

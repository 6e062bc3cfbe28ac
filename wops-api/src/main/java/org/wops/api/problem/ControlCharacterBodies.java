package org.wops.api.problem;

import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.wops.api.json.JsonTrees;
import org.wops.api.validation.ControlCharacters;

/**
 * Checks every string of a JSON body (values and property names) against {@link ControlCharacters}
 * before it is bound: a 400 problem names each field ({@code milestones[2].title}) and the rule. A
 * body that is not JSON is left to the binding, which says so.
 */
@Provider
public class ControlCharacterBodies implements ReaderInterceptor {

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase().endsWith("json")) {
      return context.proceed();
    }
    byte[] body = context.getInputStream().readAllBytes();
    List<Problem.FieldError> errors = refused(body);
    if (!errors.isEmpty()) {
      throw new WebApplicationException(
          Problem.of(
                  "invalid-input",
                  Status.BAD_REQUEST,
                  errors.size() + " field(s) hold characters that are not accepted.")
              .withErrors(errors)
              .toResponse());
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  /** Each string of the document that holds a refused character (none when it is not JSON). */
  static List<Problem.FieldError> refused(byte[] body) {
    List<Problem.FieldError> errors = new ArrayList<>();
    Deque<Object> path = new ArrayDeque<>(); // property names (String) and array positions (int[])
    String key = null;
    try (JsonParser parser = JsonTrees.parser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        JsonParser.Event event = parser.next();
        switch (event) {
          case START_OBJECT, START_ARRAY -> {
            advance(path);
            path.push(key == null ? "" : key);
            if (event == JsonParser.Event.START_ARRAY) {
              path.push(new int[] {-1});
            }
            key = null;
          }
          case END_OBJECT -> path.pop();
          case END_ARRAY -> {
            path.pop();
            path.pop();
          }
          case KEY_NAME -> {
            key = parser.getString();
            check(key, false, name(path, key), errors);
          }
          case VALUE_STRING -> {
            advance(path);
            String field = name(path, key);
            check(parser.getString(), multiLine(path, key), field, errors);
            key = null;
          }
          default -> {
            advance(path);
            key = null;
          }
        }
      }
    } catch (jakarta.json.JsonException | java.util.NoSuchElementException e) {
      return List.of(); // not JSON: the binding answers malformed-json
    } catch (RuntimeException e) {
      // Parsson refuses a document nested deeper than its limit (1,000) with a bare
      // RuntimeException, which the binding would meet again: the client's body, a 400
      throw new WebApplicationException(
          Problem.of(
                  "malformed-json",
                  Status.BAD_REQUEST,
                  "The body is not well-formed JSON: it is nested too deeply.")
              .toResponse());
    }
    return errors;
  }

  /** A value inside an array moves the array's position on. */
  private static void advance(Deque<Object> path) {
    if (!path.isEmpty() && path.peek() instanceof int[] position) {
      position[0]++;
    }
  }

  private static boolean multiLine(Deque<Object> path, String key) {
    String property = key;
    if (property == null) {
      // an element of an array: the array's property
      for (Object part : path) {
        if (part instanceof String s && !s.isEmpty()) {
          property = s;
          break;
        }
      }
    }
    return property != null && ControlCharacters.MULTI_LINE.contains(property)
        || path.contains("extraFields")
        // the objectives' translations, by language: multi-line like the objectives
        || path.contains("objectivesTranslations");
  }

  private static String name(Deque<Object> path, String key) {
    StringBuilder name = new StringBuilder();
    List<Object> parts = new ArrayList<>(path);
    java.util.Collections.reverse(parts);
    for (Object part : parts) {
      if (part instanceof int[] position) {
        name.append('[').append(position[0]).append(']');
      } else if (!((String) part).isEmpty()) {
        name.append(name.length() == 0 ? "" : ".").append(part);
      }
    }
    if (key != null) {
      name.append(name.length() == 0 ? "" : ".").append(key);
    }
    return name.length() == 0 ? "body" : name.toString();
  }

  private static void check(
      String value, boolean multiLine, String field, List<Problem.FieldError> errors) {
    int at = ControlCharacters.firstRefused(value, multiLine);
    if (at >= 0) {
      errors.add(
          new Problem.FieldError(
              field, ControlCharacters.RULE, ControlCharacters.message(value, at)));
    }
  }
}

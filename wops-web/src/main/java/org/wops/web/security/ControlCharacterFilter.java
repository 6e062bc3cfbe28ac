package org.wops.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.wops.api.problem.Problem;
import org.wops.api.support.JsonBytes;
import org.wops.api.validation.ControlCharacters;

/**
 * Applies {@link ControlCharacters} to every query parameter (no control character at all: a query
 * is one line) and to the fields of the pages' form posts (tab and line breaks allowed: text
 * areas), before anything reads them. Refused values answer 400 with a problem naming each
 * parameter — except the fields of a page's form ({@code *.xhtml}, session 13): those go on without
 * the refused characters ({@link PageFormFields}) and the page is shown again with a message beside
 * each field in the reader's language ({@code PageFormMessages}). JSON bodies are checked by the
 * API's {@code ControlCharacterBodies}. First in web.xml's filter chain.
 */
public class ControlCharacterFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    List<Problem.FieldError> errors = new ArrayList<>();
    List<String> query = new ArrayList<>();
    if (!queryParameters(request.getQueryString(), errors, query)) {
      errors.add(
          new Problem.FieldError(
              "query", "encoding", "is not a well-formed, percent-encoded UTF-8 query"));
    }
    Map<String, String[]> form = Map.of();
    if (errors.isEmpty() && isFormPost(request)) {
      try {
        form = request.getParameterMap();
      } catch (IllegalStateException e) {
        // Grizzly parses a form of at most its max-post-size (2 MB) and refuses a larger one
        // (GRIZZLY0205) where it is first read: the client's body, a 413, not a failure; a
        // page's form gets a page in the visitor's language
        if (isPageForm(request)) {
          org.wops.web.pages.PageBodyLimit.refuse(request, response);
          return;
        }
        answer(
            response,
            Problem.of(
                    "payload-too-large",
                    Status.REQUEST_ENTITY_TOO_LARGE,
                    "The form is larger than the platform accepts.")
                .at(request.getRequestURI()),
            HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        return;
      }
    }
    if (errors.isEmpty() && !form.isEmpty() && isPageForm(request)) {
      PageFormFields fields = PageFormFields.of(form);
      if (fields != null) {
        // a page's form: shown again with a message beside each field (PageFormMessages)
        request.setAttribute(PageFormFields.ATTRIBUTE, fields);
        chain.doFilter(fields.request(request), response);
        return;
      }
    }
    if (errors.isEmpty()) {
      for (Map.Entry<String, String[]> parameter : form.entrySet()) {
        check(parameter.getKey(), false, parameter.getKey(), errors);
        for (String value : parameter.getValue()) {
          check(value, true, parameter.getKey(), errors);
        }
      }
    }
    if (errors.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Problem problem =
        Problem.of(
                "invalid-input",
                Status.BAD_REQUEST,
                errors.size() + " parameter(s) hold characters that are not accepted.")
            .withErrors(errors)
            .at(request.getRequestURI());
    answer(response, problem, 400);
  }

  private static void answer(HttpServletResponse response, Problem problem, int status)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getOutputStream().write(JsonBytes.of(problem));
  }

  /** Checks each name and value of the query; false when the query cannot be decoded. */
  private static boolean queryParameters(
      String query, List<Problem.FieldError> errors, List<String> names) {
    if (query == null || query.isEmpty()) {
      return true;
    }
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      String name;
      String value;
      try {
        name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
        value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return false;
      }
      String field = ControlCharacters.firstRefused(name, false) < 0 ? name : "query";
      check(name, false, field, errors);
      check(value, false, field, errors);
      names.add(name);
    }
    return true;
  }

  /** A form of the pages (Faces, {@code *.xhtml}): its fields are said beside, not refused. */
  private static boolean isPageForm(HttpServletRequest request) {
    String path = request.getServletPath();
    return path != null && path.endsWith(".xhtml");
  }

  private static boolean isFormPost(HttpServletRequest request) {
    String type = request.getContentType();
    return "POST".equals(request.getMethod())
        && type != null
        && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
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

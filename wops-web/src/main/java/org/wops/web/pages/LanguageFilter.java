package org.wops.web.pages;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wops.domain.shared.Language;
import org.wops.domain.user.UserService;

/**
 * The language of the pages. A link with {@code ?lang=fr} (the language switcher, a link out of a
 * mail, a link someone shared) shows that very page in French at once, whatever the browser's
 * languages and with no cookie yet, and remembers French in a cookie for a year (and in the
 * signed-in user's account), so that the links of the page stay in French. No redirect: a client
 * that keeps no cookie (a link preview, a plain HTTP client) reads the language it asked for too.
 * Works without JavaScript and without a session.
 */
@WebFilter(urlPatterns = "*.xhtml")
public class LanguageFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;
  static final String COOKIE = "wops-lang";
  static final Set<String> SUPPORTED = Set.of("en", "fr", "es");

  @Inject UserService users;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> asked = "GET".equals(request.getMethod()) ? asked(request) : Optional.empty();
    if (asked.isPresent() && !asked.get().equals(cookie(request).orElse(null))) {
      String lang = asked.get();
      Cookie cookie = new Cookie(COOKIE, lang);
      cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
      cookie.setMaxAge(365 * 24 * 3600);
      cookie.setHttpOnly(true);
      cookie.setAttribute("SameSite", "Lax");
      response.addCookie(cookie);
      if (request.getUserPrincipal() != null) {
        users.change(
            request.getUserPrincipal().getName(),
            null,
            null,
            null,
            Language.valueOf(lang.toUpperCase(Locale.ROOT)),
            null);
      }
    }
    chain.doFilter(request, response);
  }

  /**
   * The language the address asks for ({@code lang=fr} in its query), read from the query string
   * itself: a parameter of a POST would parse its form body before its encoding is known. The first
   * {@code lang} counts; an unsupported one is ignored.
   */
  static Optional<String> asked(HttpServletRequest request) {
    String query = request.getQueryString();
    if (query == null) {
      return Optional.empty();
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("lang=")) {
        String lang = pair.substring(5).toLowerCase(Locale.ROOT);
        return SUPPORTED.contains(lang) ? Optional.of(lang) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The language the visitor chose: the address's {@code lang=}, else the cookie it left. */
  static Optional<String> chosen(HttpServletRequest request) {
    return asked(request).or(() -> cookie(request));
  }

  private static Optional<String> cookie(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
          return Optional.of(c.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The visitor's language: the one the address asks for ({@code lang=}), else the cookie, else the
   * browser's preference, else English.
   */
  static Locale locale(HttpServletRequest request) {
    Optional<String> lang = chosen(request);
    if (lang.isPresent()) {
      return Locale.forLanguageTag(lang.get());
    }
    for (Locale l : java.util.Collections.list(request.getLocales())) {
      if (SUPPORTED.contains(l.getLanguage())) {
        return Locale.forLanguageTag(l.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }

  /**
   * The address of the page the visitor sees in language {@code lang}: the page's own path on the
   * platform (the page a refusal was shown on, or the one an error page stands for), {@code
   * lang=<lang>}, then the address's other parameters. After a form was sent (a POST, whose address
   * has no query), the page's {@code id} the form carried stands for the address's: the links lead
   * back to the same record, never relative to the form's address.
   */
  static String languageLink(HttpServletRequest request, String lang) {
    Object errorUri = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
    Object forwardUri = request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_REQUEST_URI);
    String path =
        errorUri != null
            ? errorUri.toString()
            : forwardUri != null ? forwardUri.toString() : request.getRequestURI();
    // Servlet 6.1's ERROR_QUERY_STRING, when the container sets it
    Object errorQuery = request.getAttribute("jakarta.servlet.error.query_string");
    Object forwardQuery =
        request.getAttribute(jakarta.servlet.RequestDispatcher.FORWARD_QUERY_STRING);
    String query =
        errorQuery != null
            ? errorQuery.toString()
            : forwardQuery != null ? forwardQuery.toString() : request.getQueryString();
    String rest = otherParameters(query);
    if (!"GET".equals(request.getMethod()) && !rest.contains("&id=")) {
      String id = request.getParameter("id");
      if (id != null && id.matches("\\d{1,18}")) {
        rest = "&id=" + id + rest;
      }
    }
    String context = request.getContextPath();
    if (path != null && path.indexOf(';') >= 0) {
      path = path.substring(0, path.indexOf(';')); // no path parameter (a session id) is carried
    }
    if (path == null || !path.startsWith(context + "/") || path.startsWith(context + "//")) {
      path = context + "/index.xhtml";
    }
    return path + "?lang=" + (SUPPORTED.contains(lang) ? lang : "en") + rest;
  }

  /**
   * The query of the address without its {@code lang} parameters, each other parameter after an
   * {@code &} (for the language switcher's links: {@code ?lang=es} followed by these).
   */
  static String otherParameters(HttpServletRequest request) {
    return otherParameters(request.getQueryString());
  }

  private static String otherParameters(String query) {
    if (query == null || query.isEmpty()) {
      return "";
    }
    StringBuilder rest = new StringBuilder();
    for (String pair : query.split("&")) {
      if (!pair.isEmpty() && !pair.startsWith("lang=")) {
        rest.append('&').append(pair);
      }
    }
    return rest.toString();
  }
}

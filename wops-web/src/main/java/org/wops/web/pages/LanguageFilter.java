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
import java.util.Set;
import org.wops.domain.shared.Language;
import org.wops.domain.user.UserService;

/**
 * The language switcher: a page link with {@code ?lang=fr} remembers French in a cookie for a year
 * (and in the signed-in user's account), then shows the same page without the parameter. Works
 * without JavaScript and without a session.
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
    // a GET's query only: reading a parameter of a POST would parse its form body here
    String lang = "GET".equals(request.getMethod()) ? request.getParameter("lang") : null;
    if (lang != null) {
      lang = lang.toLowerCase(Locale.ROOT);
      if (SUPPORTED.contains(lang)) {
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
      String query = request.getQueryString() == null ? "" : request.getQueryString();
      query = query.replaceAll("(^|&)lang=[^&]*", "").replaceFirst("^&", "");
      // only a path on the platform: "//evil.example/?lang=en" must not send anyone off-site
      String path =
          org.wops.web.security.SafeRedirects.localPath(request.getRequestURI())
              .orElse(request.getContextPath() + "/");
      response.sendRedirect(path + (query.isEmpty() ? "" : "?" + query));
      return;
    }
    chain.doFilter(request, response);
  }

  /** The visitor's language: the cookie, else the browser's preference, else English. */
  static Locale locale(HttpServletRequest request) {
    if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName()) && SUPPORTED.contains(c.getValue())) {
          return Locale.forLanguageTag(c.getValue());
        }
      }
    }
    for (Locale l : java.util.Collections.list(request.getLocales())) {
      if (SUPPORTED.contains(l.getLanguage())) {
        return Locale.forLanguageTag(l.getLanguage());
      }
    }
    return Locale.ENGLISH;
  }
}

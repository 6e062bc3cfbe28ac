package org.wops.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The security headers of every answer: a Content-Security-Policy whose scripts are the platform's
 * own files plus the inline scripts the pages' components write, each carrying this request's nonce
 * ({@link CspNonce}) — the API's answers, which are data, allow nothing at all; no framing by any
 * site ({@code frame-ancestors 'none'}, {@code X-Frame-Options: DENY}); no content sniffing; the
 * origin only as referrer to other sites. Behind a TLS proxy ({@link ProxySettings}) a plain-HTTP
 * request is sent to HTTPS first, and HTTPS answers carry HSTS.
 */
// mapped in web.xml, before every other filter: the answers those filters give themselves (a 413
// page, a 400 problem for a control character) carry the headers too
public class SecurityHeadersFilter extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * One generator per request thread: the default {@code SecureRandom} (NativePRNG) serialises
   * every caller on one lock, which the load benchmark showed as the most contended monitor after
   * the pool's (docs/BENCHMARKS.md, session 12).
   */
  private static final ThreadLocal<SecureRandom> RANDOM =
      ThreadLocal.withInitial(SecurityHeadersFilter::generator);

  /** The API's answers are data: they run, load and frame nothing. */
  static final String API_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  private static SecureRandom generator() {
    try {
      return SecureRandom.getInstance("DRBG");
    } catch (java.security.NoSuchAlgorithmException e) {
      return new SecureRandom();
    }
  }

  @Inject ProxySettings proxy;

  @Inject
  @ConfigProperty(name = "wops.map.tiles", defaultValue = "none")
  String tiles;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (proxy.plainHttpAtProxy(request)) {
      String query = request.getQueryString();
      response.setStatus(308);
      response.setHeader(
          "Location",
          "https://"
              + request.getServerName()
              + request.getRequestURI()
              + (query == null ? "" : "?" + query));
      return;
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      // JSON, CSV, XML, calendars: nothing in them may run, load or be framed
      response.setHeader("Content-Security-Policy", API_POLICY);
    } else {
      byte[] bytes = new byte[18];
      RANDOM.get().nextBytes(bytes);
      String nonce = Base64.getEncoder().encodeToString(bytes);
      request.setAttribute(CspNonce.REQUEST_ATTRIBUTE, nonce);
      response.setHeader("Content-Security-Policy", policy(nonce));
    }
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
    if (proxy.behindTlsProxy() && proxy.secure(request)) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
    chain.doFilter(request, response);
  }

  /**
   * Scripts: the platform's files and nonce-carrying inline scripts only (no inline handlers, no
   * eval). Styles may be inline (Leaflet, Swagger UI and PrimeFaces set style attributes); images
   * also from the map's tile server.
   */
  String policy(String nonce) {
    return "default-src 'self'; script-src 'self' 'nonce-"
        + nonce
        + "'; style-src 'self' 'unsafe-inline'; img-src 'self' data:"
        + tileOrigin()
        + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self';"
        + " form-action 'self'; frame-ancestors 'none'";
  }

  /** The tile server's origin ({@code {s}} subdomains as a wildcard), or nothing. */
  private String tileOrigin() {
    if (tiles == null || !(tiles.startsWith("https://") || tiles.startsWith("http://"))) {
      return "";
    }
    int start = tiles.indexOf("//") + 2;
    int end = tiles.indexOf('/', start);
    String origin = (end < 0 ? tiles : tiles.substring(0, end)).replace("{s}", "*");
    return origin.matches("https?://[A-Za-z0-9.*:\\-]+") ? " " + origin : "";
  }
}

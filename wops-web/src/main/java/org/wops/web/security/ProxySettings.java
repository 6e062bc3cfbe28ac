package org.wops.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether the platform sits behind a TLS-terminating reverse proxy ({@code wops.behind-tls-proxy},
 * WOPS_BEHIND_TLS_PROXY). Only then are the proxy's {@code X-Forwarded-Proto} and {@code
 * X-Forwarded-For} believed: a client talking to the platform directly could otherwise claim to use
 * HTTPS, or to come from any address (and so escape the sign-in throttle).
 */
@ApplicationScoped
public class ProxySettings {
  @Inject
  @ConfigProperty(name = "wops.behind-tls-proxy", defaultValue = "false")
  boolean behindTlsProxy;

  public boolean behindTlsProxy() {
    return behindTlsProxy;
  }

  /** Whether the browser reached us over HTTPS (at the proxy, when there is one). */
  public boolean secure(HttpServletRequest request) {
    if (!behindTlsProxy) {
      return request.isSecure();
    }
    return "https".equalsIgnoreCase(forwardedProto(request)) || request.isSecure();
  }

  /** Whether the proxy says the browser used plain HTTP (then we send it to HTTPS). */
  public boolean plainHttpAtProxy(HttpServletRequest request) {
    return behindTlsProxy && "http".equalsIgnoreCase(forwardedProto(request));
  }

  /**
   * The client's address: the last entry of {@code X-Forwarded-For} (the one our proxy added)
   * behind a proxy, else the connection's.
   */
  public String clientAddress(HttpServletRequest request) {
    if (behindTlsProxy) {
      String forwarded = request.getHeader("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        String[] hops = forwarded.split(",");
        String last = hops[hops.length - 1].strip();
        if (!last.isEmpty() && last.length() <= 100) {
          return last;
        }
      }
    }
    return request.getRemoteAddr();
  }

  private static String forwardedProto(HttpServletRequest request) {
    String proto = request.getHeader("X-Forwarded-Proto");
    if (proto == null) {
      return null;
    }
    int comma = proto.indexOf(',');
    return (comma < 0 ? proto : proto.substring(0, comma)).strip();
  }
}

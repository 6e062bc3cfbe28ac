package org.wops.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Behind a TLS proxy ({@code wops.behind-tls-proxy}) the session cookie is {@code Secure}: the
 * container cannot see that the browser used HTTPS at the proxy. HttpOnly, SameSite=Lax and
 * cookie-only tracking are in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {
  @Override
  public void contextInitialized(ServletContextEvent event) {
    boolean behindProxy =
        ConfigProvider.getConfig()
            .getOptionalValue("wops.behind-tls-proxy", Boolean.class)
            .orElse(false);
    if (behindProxy) {
      event.getServletContext().getSessionCookieConfig().setSecure(true);
    }
  }
}

package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.wops.domain.shared.Language;
import org.wops.domain.user.UserService;
import org.wops.web.security.WopsAuthenticationMechanism;

/** Sign in with user name and password (the same identity store as the API), and sign out. */
@Named
@RequestScoped
public class LoginView {
  @Inject SecurityContext security;
  @Inject Localizer labels;
  @Inject UserService users;

  private String username;
  private String password;
  private String next;

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    if (postedByAnotherSite((HttpServletRequest) ext.getRequest())) {
      // login CSRF: the login view is stateless (anonymous views keep no session), so its
      // ViewState proves nothing; the browser's Fetch Metadata says who sent the form
      ext.setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.text("login.cross-site"), null));
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) ext.getRequest(),
            (HttpServletResponse) ext.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(username, password))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      keepChosenLanguage((HttpServletRequest) ext.getRequest());
      // only a path on the platform (never //evil.example/x, /\\evil, https://evil)
      String target =
          org.wops.web.security.SafeRedirects.localPath(next).orElse("/my/dashboard.xhtml");
      ext.redirect(ext.getRequestContextPath() + target);
      faces.responseComplete();
    } else if (ext.getRequestMap().get(WopsAuthenticationMechanism.THROTTLED_SECONDS)
        instanceof Long seconds) {
      ext.setResponseStatus(429);
      ext.setResponseHeader("Retry-After", String.valueOf(seconds));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              labels.text("login.throttled").replace("{0}", String.valueOf((seconds + 59) / 60)),
              null));
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      faces.addMessage(
          null, new FacesMessage(FacesMessage.SEVERITY_ERROR, labels.text("login.failed"), null));
    }
  }

  /**
   * Whether the browser says another site's page sent this form ({@code Sec-Fetch-Site}, sent by
   * every current browser: {@code same-origin} for the platform's own login page, {@code none} for
   * a form the user typed into directly). A client that sends no Fetch Metadata is let through.
   */
  static boolean postedByAnotherSite(HttpServletRequest request) {
    String site = request.getHeader("Sec-Fetch-Site");
    return site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none");
  }

  /**
   * The language the visitor chose before signing in (the switcher on the login page, a mail's
   * link: the language cookie) becomes the account's, as the switcher does for a signed-in user:
   * the mails that follow speak it too. A browser's own preference alone changes nothing.
   */
  private void keepChosenLanguage(HttpServletRequest request) {
    String signedIn =
        security.getCallerPrincipal() != null ? security.getCallerPrincipal().getName() : username;
    LanguageFilter.chosen(request)
        .map(lang -> Language.valueOf(lang.toUpperCase(Locale.ROOT)))
        .filter(lang -> users.get(signedIn).language() != lang)
        .ifPresent(lang -> users.change(signedIn, null, null, null, lang, null));
  }
}

package org.wops.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.wops.api.support.CurrentViewer;
import org.wops.api.support.DatabaseOutage;
import org.wops.domain.user.UserAccount;
import org.wops.domain.user.UserService;
import org.wops.domain.user.Viewer;

/**
 * How callers sign in (Jakarta Security), one mechanism for the whole application:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer wops_...}: a personal API token (its SHA-256 looked up);
 *   <li>{@code Authorization: Basic ...}: user name and password, checked by the database identity
 *       store of {@link SecurityConfiguration} (PBKDF2);
 *   <li>the login page: {@code SecurityContext.authenticate} with a password credential; the user
 *       name is then kept in the HTTP session (a new session id, against fixation) and a sign-in
 *       cookie names a sign-in kept in the database, so that any instance of a cluster recognises
 *       the user without session replication; each page request re-reads the account, so a disabled
 *       user is signed out at once, and signing out ends the sign-in. Sessions are never used for
 *       {@code /api/}: scripts send credentials on every call, and browsers' cookies cannot be used
 *       to forge API calls.
 * </ul>
 *
 * Wrong credentials are refused (401) even on public resources; a page that needs a signed-in user
 * sends the visitor to the login page, and an API call gets 401 with a problem body.
 */
@ApplicationScoped
public class WopsAuthenticationMechanism implements HttpAuthenticationMechanism {
  /** The session attribute that names the signed-in user of the pages. */
  public static final String SESSION_USER = "wops.user";

  /** The cookie that names the user's sign-in (kept in the database, known to every instance). */
  public static final String SIGN_IN_COOKIE = "wops-signin";

  static final String REALM = "WOPs Platform";
  private static final Logger LOG = Logger.getLogger(WopsAuthenticationMechanism.class.getName());

  @Inject IdentityStoreHandler identityStores;
  @Inject UserService users;

  /**
   * Signs the caller in; a failure on the way (the identity store or the accounts out of reach) is
   * answered here, through the container's error pages, instead of escaping as an empty 500: 503
   * with {@code Retry-After} when the database is out of reach, else 500.
   */
  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    try {
      return authenticate(request, response, context);
    } catch (RuntimeException e) {
      try {
        if (DatabaseOutage.causedBy(e)) {
          DatabaseOutageFilter.unavailable(request, response, e);
        } else {
          LOG.log(Level.SEVERE, "Authentication failed unexpectedly", e);
          response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        }
      } catch (IOException notSent) {
        throw new UncheckedIOException(notSent);
      }
      return AuthenticationStatus.SEND_FAILURE;
    }
  }

  private AuthenticationStatus authenticate(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    String authorization = request.getHeader("Authorization");
    if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
      Optional<UserAccount> user = users.authenticateToken(authorization.substring(7).strip());
      if (user.isEmpty()) {
        return unauthorized(response, context);
      }
      request.setAttribute(CurrentViewer.AUTHENTICATED, user.get().asViewer());
      return context.notifyContainerAboutLogin(user.get().username(), roleNames(user.get()));
    }
    if (authorization != null && startsWithIgnoreCase(authorization, "Basic ")) {
      Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
      CredentialValidationResult result =
          credential
              .map(identityStores::validate)
              .orElse(CredentialValidationResult.INVALID_RESULT);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return unauthorized(response, context);
      }
      return context.notifyContainerAboutLogin(result);
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return pageLogin(request, response, context, credential);
    }
    if (!isApi(request)) {
      HttpSession session = request.getSession(false);
      Object name = session == null ? null : session.getAttribute(SESSION_USER);
      if (!(name instanceof String)) {
        // signed in on another instance of the cluster (or before this one restarted): the cookie
        // names a sign-in kept in the shared database
        Optional<String> secret = signInCookie(request);
        name = secret.flatMap(users::signedIn).orElse(null);
        if (name != null) {
          request.getSession(true).setAttribute(SESSION_USER, name);
          session = request.getSession(false);
        } else if (secret.isPresent()) {
          // ended or unknown: the browser need not send it again
          response.addCookie(cookie(request, "", 0));
        }
      }
      if (name instanceof String username) {
        Viewer viewer = users.viewer(username);
        if (!viewer.isAnonymous()) {
          request.setAttribute(CurrentViewer.AUTHENTICATED, viewer);
          return context.notifyContainerAboutLogin(
              username, viewer.roles().stream().map(Enum::name).collect(Collectors.toSet()));
        }
        session.removeAttribute(SESSION_USER);
      }
    }
    if (context.isProtected()) {
      if (isApi(request)) {
        return unauthorized(response, context);
      }
      String next = request.getRequestURI().substring(request.getContextPath().length());
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8));
    }
    return context.doNothing();
  }

  private AuthenticationStatus pageLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Credential credential) {
    CredentialValidationResult result = identityStores.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    String username = result.getCallerPrincipal().getName();
    request.getSession(true).setAttribute(SESSION_USER, username);
    response.addCookie(
        cookie(
            request, users.startSignIn(username), (int) UserService.SIGN_IN_LIFETIME.toSeconds()));
    return context.notifyContainerAboutLogin(result);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SESSION_USER);
    }
    endSignIn(request, response, users);
  }

  /** Signing out ends the sign-in on every instance, and the browser forgets the cookie. */
  private static void endSignIn(
      HttpServletRequest request, HttpServletResponse response, UserService users) {
    signInCookie(request).ifPresent(users::endSignIn);
    response.addCookie(cookie(request, "", 0));
  }

  /** The sign-in cookie's value, if the browser sent one. */
  private static Optional<String> signInCookie(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> SIGN_IN_COOKIE.equals(c.getName()))
        .map(Cookie::getValue)
        .filter(v -> !v.isBlank())
        .findFirst();
  }

  /**
   * The sign-in cookie: HttpOnly (no script reads it), SameSite=Lax (not sent with other sites'
   * forms), Secure over HTTPS, for the whole application; {@code maxAge} 0 deletes it.
   */
  private static Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(SIGN_IN_COOKIE, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
    cookie.setMaxAge(maxAge);
    cookie.setAttribute("SameSite", "Lax");
    return cookie;
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader(
        "WWW-Authenticate", "Basic realm=\"" + REALM + "\", Bearer realm=\"" + REALM + "\"");
    return context.responseUnauthorized();
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  private static boolean startsWithIgnoreCase(String s, String prefix) {
    return s.regionMatches(true, 0, prefix, 0, prefix.length());
  }

  private static Optional<UsernamePasswordCredential> basic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0
          ? Optional.empty()
          : Optional.of(
              new UsernamePasswordCredential(
                  decoded.substring(0, colon), decoded.substring(colon + 1)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Set<String> roleNames(UserAccount user) {
    return user.roles().stream().map(Enum::name).collect(Collectors.toSet());
  }
}

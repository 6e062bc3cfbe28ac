package org.wops.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.api.support.CurrentViewer;
import org.wops.domain.user.SignInThrottle;
import org.wops.domain.user.UserAccount;
import org.wops.domain.user.UserService;

/**
 * How callers sign in (Jakarta Security), one mechanism for the whole application:
 *
 * <ul>
 *   <li>{@code Authorization: Bearer wops_...}: a personal API token (its SHA-256 looked up);
 *   <li>{@code Authorization: Basic ...}: user name and password ({@link
 *       UserService#checkPassword}, PBKDF2, the same work for unknown users);
 *   <li>the login page: {@code SecurityContext.authenticate} with a password credential; a sign-in
 *       cookie then names a sign-in kept in the database. Every page request checks that sign-in
 *       again (one lookup) and re-reads the account: nothing about the user is kept in the HTTP
 *       session, so signing out (or disabling the user) ends it at once for every browser and
 *       instance that holds the same cookie, and no session is needed to be signed in. Cookies are
 *       never used for {@code /api/}: scripts send credentials on every call, and browsers' cookies
 *       cannot be used to forge API calls.
 * </ul>
 *
 * Wrong credentials are refused (401) even on public resources; a page that needs a signed-in user
 * sends the visitor to the login page, and an API call gets 401 with a problem body. Failed tries
 * are throttled per account and per client address ({@link SignInThrottle}): 429 with {@code
 * Retry-After} once the limit is reached.
 */
@ApplicationScoped
public class WopsAuthenticationMechanism implements HttpAuthenticationMechanism {
  private static final java.util.regex.Pattern ASKED_LANGUAGE =
      java.util.regex.Pattern.compile("(?:^|&)lang=(en|fr|es)(?:&|$)");

  /** The cookie that names the user's sign-in (kept in the database, known to every instance). */
  public static final String SIGN_IN_COOKIE = "wops-signin";

  /**
   * The request attribute set when the caller was refused because of too many failed sign-ins: the
   * seconds to wait (the login page shows it).
   */
  public static final String THROTTLED_SECONDS = "wops.sign-in.throttled-seconds";

  static final String REALM = "WOPs Platform";
  private static final Logger LOG = Logger.getLogger(WopsAuthenticationMechanism.class.getName());

  @Inject UserService users;
  @Inject SignInThrottle throttle;
  @Inject ProxySettings proxy;

  @Inject @org.eclipse.microprofile.health.Readiness
  org.wops.persistence.schema.DatabaseReadinessCheck readiness;

  @Inject
  @ConfigProperty(name = "wops.sign-in.max-failures-per-account", defaultValue = "5")
  int maxFailuresPerAccount;

  @Inject
  @ConfigProperty(name = "wops.sign-in.max-failures-per-address", defaultValue = "50")
  int maxFailuresPerAddress;

  @Inject
  @ConfigProperty(name = "wops.sign-in.failure-window-seconds", defaultValue = "900")
  long failureWindowSeconds;

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
        if (DatabaseOutageFilter.outage(e, readiness)) {
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
    // what anonymous requests are counted by (a password reset): the proxy's word only if trusted
    request.setAttribute(CurrentViewer.CLIENT_ADDRESS, proxy.clientAddress(request));
    String authorization = request.getHeader("Authorization");
    if (authorization != null && startsWithIgnoreCase(authorization, "Bearer ")) {
      // A token is 256 random bits: a right one cannot be guessed, so only a wrong one asks the
      // throttle (an address past its limit gets 429 for each further wrong token, and pays the
      // database's work; the right tokens of every caller cost no throttle query at all).
      Optional<UserAccount> user = users.authenticateToken(authorization.substring(7).strip());
      if (user.isEmpty()) {
        String address = proxy.clientAddress(request);
        Optional<Duration> wait = throttle.refusal(null, address, limits());
        if (wait.isPresent()) {
          return tooMany(response, wait.get());
        }
        throttle.failed(null, address, limits());
        return unauthorized(response, context);
      }
      request.setAttribute(CurrentViewer.AUTHENTICATED, user.get().asViewer());
      request.setAttribute(CurrentViewer.BY_TOKEN, Boolean.TRUE);
      return context.notifyContainerAboutLogin(user.get().username(), roleNames(user.get()));
    }
    if (authorization != null && startsWithIgnoreCase(authorization, "Basic ")) {
      Optional<UsernamePasswordCredential> credential = basic(authorization.substring(6).strip());
      if (credential.isEmpty()) {
        throttle.failed(null, proxy.clientAddress(request), limits());
        return unauthorized(response, context);
      }
      PasswordCheck check = checkPassword(request, credential.get());
      if (check.retryAfter() != null) {
        return tooMany(response, check.retryAfter());
      }
      if (check.user() == null) {
        return unauthorized(response, context);
      }
      return signedIn(request, context, check.user());
    }
    Credential credential =
        context.getAuthParameters() == null ? null : context.getAuthParameters().getCredential();
    if (credential != null) {
      return pageLogin(request, response, context, credential);
    }
    if (!isApi(request)) {
      Optional<String> secret = signInCookie(request);
      if (secret.isPresent()) {
        // checked on every request: a sign-in ended anywhere (signing out) ends here too
        Optional<UserAccount> account = users.signedInAccount(secret.get());
        if (account.isPresent()) {
          return signedIn(request, context, account.get());
        }
        // ended or unknown: the browser need not send it again
        response.addCookie(cookie(request, "", 0));
      }
    }
    if (context.isProtected()) {
      if (isApi(request)) {
        return unauthorized(response, context);
      }
      String next = request.getRequestURI().substring(request.getContextPath().length());
      // a link out of a mail names its reader's language: the sign-in page speaks it too
      java.util.regex.Matcher lang =
          ASKED_LANGUAGE.matcher(request.getQueryString() == null ? "" : request.getQueryString());
      return context.redirect(
          request.getContextPath()
              + "/login.xhtml?next="
              + URLEncoder.encode(next, StandardCharsets.UTF_8)
              + (lang.find() ? "&lang=" + lang.group(1) : ""));
    }
    return context.doNothing();
  }

  /** What a password try came to: the account, or a refusal to wait out, or neither (wrong). */
  private record PasswordCheck(UserAccount user, Duration retryAfter) {}

  /** One password try: throttled first, then checked (the same work for unknown users). */
  private PasswordCheck checkPassword(
      HttpServletRequest request, UsernamePasswordCredential credential) {
    String username = credential.getCaller();
    String address = proxy.clientAddress(request);
    Optional<Duration> wait = throttle.refusal(username, address, limits());
    if (wait.isPresent()) {
      return new PasswordCheck(null, wait.get());
    }
    Optional<UserAccount> user = users.checkPassword(username, credential.getPasswordAsString());
    if (user.isEmpty()) {
      throttle.failed(username, address, limits());
      return new PasswordCheck(null, null);
    }
    return new PasswordCheck(user.get(), null);
  }

  private SignInThrottle.Limits limits() {
    return new SignInThrottle.Limits(
        maxFailuresPerAccount, maxFailuresPerAddress, Duration.ofSeconds(failureWindowSeconds));
  }

  private AuthenticationStatus signedIn(
      HttpServletRequest request, HttpMessageContext context, UserAccount user) {
    request.setAttribute(CurrentViewer.AUTHENTICATED, user.asViewer());
    return context.notifyContainerAboutLogin(user.username(), roleNames(user));
  }

  private AuthenticationStatus pageLogin(
      HttpServletRequest request,
      HttpServletResponse response,
      HttpMessageContext context,
      Credential credential) {
    if (!(credential instanceof UsernamePasswordCredential password)) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    PasswordCheck check = checkPassword(request, password);
    if (check.retryAfter() != null) {
      request.setAttribute(THROTTLED_SECONDS, seconds(check.retryAfter()));
    }
    if (check.user() == null) {
      return context.notifyContainerAboutLogin(CredentialValidationResult.INVALID_RESULT);
    }
    throttle.succeeded(check.user().username());
    if (request.getSession(false) != null) {
      // against session fixation: whatever the page kept before signing in moves to a new id
      request.changeSessionId();
    }
    response.addCookie(
        cookie(
            request,
            users.startSignIn(check.user().username()),
            (int) UserService.SIGN_IN_LIFETIME.toSeconds()));
    return signedIn(request, context, check.user());
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    // signing out ends the sign-in on every instance and for every browser holding the cookie
    signInCookie(request).ifPresent(users::endSignIn);
    response.addCookie(cookie(request, "", 0));
  }

  /** The sign-in cookie's value, if the browser sent one. */
  public static Optional<String> signInCookie(HttpServletRequest request) {
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
   * forms), Secure over HTTPS (at the proxy, when told there is one), for the whole application;
   * {@code maxAge} 0 deletes it.
   */
  private Cookie cookie(HttpServletRequest request, String value, int maxAge) {
    Cookie cookie = new Cookie(SIGN_IN_COOKIE, value);
    cookie.setHttpOnly(true);
    cookie.setSecure(proxy.secure(request));
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

  /** 429 with Retry-After: the container's error page gives the problem (or the page) body. */
  private static AuthenticationStatus tooMany(HttpServletResponse response, Duration wait) {
    response.setHeader("Retry-After", String.valueOf(seconds(wait)));
    try {
      response.sendError(429);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
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

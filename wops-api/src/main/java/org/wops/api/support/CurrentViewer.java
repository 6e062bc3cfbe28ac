package org.wops.api.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import org.wops.domain.user.UserService;
import org.wops.domain.user.Viewer;

/**
 * Who makes this request, for the access rules (read once per request): as the authentication
 * mechanism found the account while signing the caller in ({@link #AUTHENTICATED}), else read.
 */
@RequestScoped
public class CurrentViewer {
  /**
   * The request attribute in which the authentication mechanism leaves the {@link Viewer} of the
   * account it has just read, so that the request does not read it again.
   */
  public static final String AUTHENTICATED = CurrentViewer.class.getName() + ".authenticated";

  /**
   * The request attribute set when the caller authenticated with a personal API token (not a
   * password): such a caller may not issue tokens.
   */
  public static final String BY_TOKEN = CurrentViewer.class.getName() + ".byToken";

  /**
   * The request attribute holding the client's address as the authentication mechanism found it
   * (the proxy's {@code X-Forwarded-For} only when the platform is told it sits behind one): what
   * requests are counted by, for limits.
   */
  public static final String CLIENT_ADDRESS = CurrentViewer.class.getName() + ".clientAddress";

  @Inject SecurityContext security;
  @Inject UserService users;
  @Inject HttpServletRequest request;

  private Viewer viewer;

  public Viewer get() {
    if (viewer == null) {
      java.security.Principal caller = security.getCallerPrincipal();
      if (caller == null) {
        viewer = Viewer.anonymous();
      } else if (request.getAttribute(AUTHENTICATED) instanceof Viewer known
          && caller.getName().equals(known.username())) {
        viewer = known;
      } else {
        viewer = users.viewer(caller.getName());
      }
    }
    return viewer;
  }
}

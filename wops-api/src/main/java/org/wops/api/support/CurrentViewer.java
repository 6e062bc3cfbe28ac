package org.wops.api.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import org.wops.domain.user.UserService;
import org.wops.domain.user.Viewer;

/** Who makes this request, for the access rules (read once per request). */
@RequestScoped
public class CurrentViewer {
  @Inject SecurityContext security;
  @Inject UserService users;

  private Viewer viewer;

  public Viewer get() {
    if (viewer == null) {
      viewer =
          security.getCallerPrincipal() == null
              ? Viewer.anonymous()
              : users.viewer(security.getCallerPrincipal().getName());
    }
    return viewer;
  }
}

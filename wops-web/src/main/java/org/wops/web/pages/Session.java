package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.wops.domain.user.Role;
import org.wops.domain.user.UserService;
import org.wops.domain.user.Viewer;

/** Who looks at the page and in which language (one per request). */
@Named("who")
@RequestScoped
public class Session {
  @Inject SecurityContext security;
  @Inject UserService users;

  private Viewer viewer;

  public Viewer viewer() {
    if (viewer == null) {
      viewer =
          security.getCallerPrincipal() == null
              ? Viewer.anonymous()
              : users.viewer(security.getCallerPrincipal().getName());
    }
    return viewer;
  }

  public boolean isSignedIn() {
    return !viewer().isAnonymous();
  }

  public String getName() {
    return viewer().username();
  }

  public boolean isAdmin() {
    return viewer().isAdmin();
  }

  public boolean isCoordinator() {
    return viewer().has(Role.COORDINATOR);
  }

  public Locale getLocale() {
    return LanguageFilter.locale(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }
}

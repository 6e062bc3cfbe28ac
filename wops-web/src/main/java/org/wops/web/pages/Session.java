package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.wops.api.support.CurrentViewer;
import org.wops.domain.user.Role;
import org.wops.domain.user.Viewer;

/** Who looks at the page and in which language (one per request). */
@Named("who")
@RequestScoped
public class Session {
  @Inject CurrentViewer current;

  /** The same lookup as the API's (once per request). */
  public Viewer viewer() {
    return current.get();
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

  /** The sign-out form's anti-forgery token (empty when nobody is signed in with a cookie). */
  public String getSignOutToken() {
    return org.wops.web.security.WopsAuthenticationMechanism.signInCookie(
            (HttpServletRequest)
                FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .map(org.wops.web.security.SignOutToken::of)
        .orElse("");
  }

  public Locale getLocale() {
    return LanguageFilter.locale(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /**
   * The page's query without {@code lang}, each parameter after an {@code &}: the language
   * switcher's links are {@code ?lang=xx} followed by it.
   */
  public String getOtherParameters() {
    return LanguageFilter.otherParameters(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
  }

  /**
   * The language switcher's link to this page in {@code lang}: the page's own address with its
   * parameters (after a refused form too), in that language.
   */
  public String languageLink(String lang) {
    return LanguageFilter.languageLink(
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
        lang);
  }

  public String getLanguage() {
    return getLocale().getLanguage();
  }
}

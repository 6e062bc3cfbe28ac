package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.UserService;
import org.wops.web.security.WopsAuthenticationMechanism;

/**
 * Changing one's own password: the current one, the new one twice. The policy's refusal names its
 * rule in the reader's language; the user's other sign-ins end, this one stays.
 */
@Named
@RequestScoped
public class PasswordView {
  static final String FORM = "password-form";

  @Inject UserService users;
  @Inject Session who;
  @Inject Localizer labels;
  @Inject PageActions actions;

  private String currentPassword;
  private String password;
  private String repeat;

  public void change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (password == null || !password.equals(repeat)) {
      faces.addMessage(
          FORM + ":repeat",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, labels.text("password.repeat.different"), null));
      return;
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    try {
      users.changePassword(
          who.getName(),
          currentPassword,
          password,
          WopsAuthenticationMechanism.signInCookie(request).orElse(null));
    } catch (DomainRuleViolation e) {
      for (DomainRuleViolation v : e.withOthers()) {
        faces.addMessage(
            FORM + ":" + (v.field() == null ? "password" : v.field()),
            new FacesMessage(FacesMessage.SEVERITY_ERROR, actions.said(v), null));
      }
      return;
    }
    PageActions.message(FacesMessage.SEVERITY_INFO, labels.text("password.changed"));
    currentPassword = null;
    password = null;
    repeat = null;
  }

  public String getCurrentPassword() {
    return currentPassword;
  }

  public void setCurrentPassword(String currentPassword) {
    this.currentPassword = currentPassword;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}

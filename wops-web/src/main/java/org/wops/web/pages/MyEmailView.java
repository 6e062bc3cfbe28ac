package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.UserService;

/**
 * One's own e-mail address (where a reset link goes): a new one counts once confirmed through the
 * link mailed to it; until then the page shows it as waiting, and the old one stays.
 */
@Named
@RequestScoped
public class MyEmailView {
  static final String FORM = "email-form";

  @Inject UserService users;
  @Inject Session who;
  @Inject Localizer labels;
  @Inject PageActions actions;

  private String email;

  public void change() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      String asked = users.requestEmailChange(who.getName(), email);
      PageActions.message(
          FacesMessage.SEVERITY_INFO,
          asked.equals(getCurrent())
              ? labels.text("email.unchanged")
              : labels.text("email.sent").replace("{0}", asked));
      email = null;
    } catch (DomainRuleViolation e) {
      faces.addMessage(
          FORM + ":email", new FacesMessage(FacesMessage.SEVERITY_ERROR, actions.said(e), null));
    }
  }

  /** The address reset links go to now. */
  public String getCurrent() {
    return users.get(who.getName()).email().orElse(null);
  }

  /** The new address waiting for its confirmation, if any. */
  public String getPending() {
    return users.pendingEmail(who.getName()).orElse(null);
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}

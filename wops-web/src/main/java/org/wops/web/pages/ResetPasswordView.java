package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.PasswordResets;

/**
 * The page of a mailed reset link: a new password twice (the policy's refusal next to the field),
 * then "sign in". A used, expired or changed link is a short page (410) that offers a new one. The
 * link's token travels in a hidden field: a Faces postback loses the query string.
 */
@Named
@RequestScoped
public class ResetPasswordView {
  static final String FORM = "reset-form";

  @Inject PasswordResets resets;
  @Inject Localizer labels;
  @Inject PageActions actions;

  private String token;
  private String password;
  private String repeat;
  private Boolean valid;
  private boolean done;

  /** On opening the link: a dead one answers 410 Gone, with the friendly page. */
  public void open() {
    if (!isValid()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }
  }

  public void reset() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (password == null || !password.equals(repeat)) {
      faces.addMessage(
          FORM + ":repeat",
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, labels.text("password.repeat.different"), null));
      return;
    }
    try {
      resets.reset(requestToken(), password);
    } catch (DomainRuleViolation e) {
      for (DomainRuleViolation v : e.withOthers()) {
        if ("token".equals(v.field())) {
          valid = false;
          faces.getExternalContext().setResponseStatus(410);
          return;
        }
        faces.addMessage(
            FORM + ":password",
            new FacesMessage(FacesMessage.SEVERITY_ERROR, actions.said(v), null));
      }
      return;
    }
    done = true;
    password = null;
    repeat = null;
  }

  /**
   * Whether the link still works (asked once per request). Read from the request itself: on a
   * postback the form's parts are decoded only if rendered, before the hidden field reaches the
   * bean.
   */
  public boolean isValid() {
    if (valid == null) {
      valid = resets.check(requestToken()).isPresent();
    }
    return valid;
  }

  private String requestToken() {
    if (token != null) {
      return token;
    }
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String t = params.get(FORM + ":t");
    return t != null ? t : params.get("t");
  }

  public boolean isDone() {
    return done;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
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

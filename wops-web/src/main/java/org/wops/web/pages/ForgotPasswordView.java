package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.AccountMailSettings;
import org.wops.domain.user.PasswordResets;
import org.wops.web.security.ProxySettings;

/**
 * "Forgot your password?": the user name or e-mail address, then always the same answer (a link was
 * mailed if an account matches), so that the page tells nobody which accounts exist.
 */
@Named
@RequestScoped
public class ForgotPasswordView {
  static final String FORM = "forgot-form";

  @Inject PasswordResets resets;
  @Inject ProxySettings proxy;
  @Inject Localizer labels;
  @Inject PageActions actions;
  @Inject AccountMailSettings settings;

  private String user;
  private boolean sent;

  public void send() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext ext = faces.getExternalContext();
    long started = System.nanoTime();
    Optional<Duration> wait;
    try {
      wait = resets.request(user, proxy.clientAddress((HttpServletRequest) ext.getRequest()));
    } catch (DomainRuleViolation e) {
      faces.addMessage(
          FORM + ":user", new FacesMessage(FacesMessage.SEVERITY_ERROR, actions.said(e), null));
      return;
    }
    if (wait.isPresent()) {
      long seconds = Math.max(1, wait.get().toSeconds());
      ext.setResponseStatus(429);
      ext.setResponseHeader("Retry-After", String.valueOf(seconds));
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              labels.text("forgot.throttled").replace("{0}", String.valueOf((seconds + 59) / 60)),
              null));
      return;
    }
    // after the transaction: the answer takes as long whether a mail was queued or not
    settings.awaitAnswerFloor(started);
    sent = true;
  }

  public String getUser() {
    return user;
  }

  public void setUser(String user) {
    this.user = user;
  }

  public boolean isSent() {
    return sent;
  }
}

package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.user.UserService;

/**
 * The page of the link mailed to a user's new address: it shows the account and the address, and a
 * button confirms it (opening a link never changes anything: mail scanners open links). A used,
 * expired or changed link is a short page (410).
 */
@Named
@RequestScoped
public class EmailAddressView {
  static final String FORM = "address-form";

  @Inject UserService users;
  @Inject Localizer labels;
  @Inject PageActions actions;

  private String token;
  private Optional<Map.Entry<String, String>> link;
  private String confirmed;

  public void open() {
    if (!isValid()) {
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(410);
    }
  }

  public void confirm() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      confirmed = users.confirmEmail(requestToken()).email().orElse(null);
    } catch (DomainRuleViolation e) {
      if ("token".equals(e.field())) {
        link = Optional.empty();
        faces.getExternalContext().setResponseStatus(410);
        return;
      }
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, actions.said(e), null));
      faces.getExternalContext().setResponseStatus(409);
    }
  }

  public boolean isValid() {
    return link().isPresent();
  }

  public String getUsername() {
    return link().map(Map.Entry::getKey).orElse(null);
  }

  public String getEmail() {
    return link().map(Map.Entry::getValue).orElse(null);
  }

  /** The address just confirmed, once it is. */
  public String getConfirmed() {
    return confirmed;
  }

  private Optional<Map.Entry<String, String>> link() {
    if (link == null) {
      link = users.emailConfirmation(requestToken());
    }
    return link;
  }

  private String requestToken() {
    if (token != null) {
      return token;
    }
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String t = params.get(FORM + ":t");
    return t != null ? t : params.get("t");
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}

package org.wops.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Notifications;

/**
 * The pages the signed links of mails open, without sign-in: a recipient's mail preferences (and
 * the WOPs it follows), and the confirmation of a subscription. The link's signature says whose
 * they are; a changed or made-up link shows a friendly refusal (403) and nothing else.
 */
@Named
@RequestScoped
public class MailLinkView {
  @Inject Notifications notifications;
  @Inject Localizer labels;

  private String token;
  private String recipient;
  private Map.Entry<Long, String> confirmation;

  /** One kind of mail, on or off, in the reader's language. */
  public static final class Kind {
    private final String code;
    private final String label;
    private final boolean on;

    Kind(String code, String label, boolean on) {
      this.code = code;
      this.label = label;
      this.on = on;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public boolean isOn() {
      return on;
    }
  }

  /** A WOP the recipient follows. */
  public static final class Followed {
    private final long id;
    private final String title;

    Followed(long id, String title) {
      this.id = id;
      this.title = title;
    }

    public long getId() {
      return id;
    }

    public String getTitle() {
      return title;
    }
  }

  @PostConstruct
  void load() {
    token = param("t");
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    if (view.endsWith("confirm.xhtml")) {
      confirmation = token == null ? null : notifications.confirmationOf(token).orElse(null);
      if (confirmation == null) {
        refuse();
      }
    } else {
      recipient = token == null ? null : notifications.recipientOf(token).orElse(null);
      if (recipient == null) {
        refuse();
      }
    }
  }

  private static void refuse() {
    FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(403);
  }

  private static String param(String name) {
    ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
    return ec.getRequestParameterMap().get(name);
  }

  public boolean isValid() {
    return recipient != null || confirmation != null;
  }

  public String getToken() {
    return token;
  }

  public String getRecipient() {
    return recipient;
  }

  public List<Kind> getKinds() {
    Map<NotificationKind, Boolean> prefs = notifications.preferencesByLink(token);
    return NotificationKind.optional().stream()
        .map(k -> new Kind(k.name(), labels.text("mail.kind." + k.name()), prefs.get(k)))
        .toList();
  }

  public List<Followed> getFollowed() {
    return notifications.subscriptionsByLink(token).entrySet().stream()
        .map(e -> new Followed(e.getKey(), e.getValue()))
        .toList();
  }

  /** The kind of mail whose unsubscribe link brought the reader here, if any. */
  public String getAskedKind() {
    return Optional.ofNullable(param("kind"))
        .filter(k -> NotificationKind.optional().stream().anyMatch(n -> n.name().equals(k)))
        .orElse(null);
  }

  public String getAskedKindLabel() {
    String k = getAskedKind();
    return k == null ? null : labels.text("mail.kind." + k);
  }

  public String getAskedWop() {
    String wop = param("wop");
    return wop != null && wop.matches("\\d{1,18}") ? wop : null;
  }

  public boolean isSaved() {
    return "1".equals(param("saved"));
  }

  public boolean isDone() {
    return "1".equals(param("done"));
  }

  public String getWopTitle() {
    return confirmation == null ? null : confirmation.getValue();
  }

  public Long getWopId() {
    return confirmation == null ? null : confirmation.getKey();
  }
}

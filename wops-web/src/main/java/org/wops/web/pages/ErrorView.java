package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The friendly error page: what happened in plain words, and a reference that is also written to
 * the server log with the cause, so that support can find it. Never a stack trace.
 */
@Named
@RequestScoped
public class ErrorView {
  private static final Logger LOG = Logger.getLogger(ErrorView.class.getName());

  private String reference;

  public String getKind() {
    if (expiredForm()) {
      // a form whose view is gone (expired, or a forged ViewState): the visitor's to retry, not
      // our failure
      FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(400);
      return "expired";
    }
    Object code = attributes().get(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : 500;
    return switch (status) {
      case 403 -> "forbidden";
      case 404 -> "not-found";
      case 503 -> "unavailable";
      case 429 -> "throttled";
      default -> "failure";
    };
  }

  private static boolean expiredForm() {
    Object error = attributes().get(RequestDispatcher.ERROR_EXCEPTION);
    for (Throwable t = error instanceof Throwable e ? e : null; t != null; t = t.getCause()) {
      if (t instanceof jakarta.faces.application.ViewExpiredException || statelessPost(t)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /**
   * A form posted with the stateless marker ({@code jakarta.faces.ViewState=stateless}: what an
   * anonymous view carries) to a view that is stateful for the one who posts it now, signed in
   * meanwhile, or a forged one: Mojarra's restore phase refuses it with a plain FacesException
   * ("Unable to restore view ..."), no cause, instead of a ViewExpiredException.
   */
  private static boolean statelessPost(Throwable t) {
    return t instanceof jakarta.faces.FacesException
        && t.getCause() == null
        && t.getMessage() != null
        && t.getMessage().startsWith("Unable to restore view")
        && java.util.Arrays.stream(t.getStackTrace())
            .anyMatch(f -> f.getClassName().endsWith(".RestoreViewPhase"));
  }

  public String getReference() {
    if (reference == null) {
      reference = UUID.randomUUID().toString().substring(0, 8);
      Object error = attributes().get(RequestDispatcher.ERROR_EXCEPTION);
      Object uri = attributes().get(RequestDispatcher.ERROR_REQUEST_URI);
      Object code = attributes().get(RequestDispatcher.ERROR_STATUS_CODE);
      LOG.log(
          error == null || expiredForm() ? Level.INFO : Level.SEVERE,
          "Error page " + reference + ": " + code + " on " + uri,
          error instanceof Throwable t ? t : null);
    }
    return reference;
  }

  private static Map<String, Object> attributes() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
  }
}

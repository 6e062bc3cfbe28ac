package org.wops.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wops.domain.shared.AccessDenied;
import org.wops.domain.shared.DomainRuleViolation;
import org.wops.domain.shared.LostRace;
import org.wops.domain.shared.NotFoundException;
import org.wops.domain.shared.StaleVersionException;

/**
 * What every page does with a user's action: it runs the one use case, and then either says it is
 * done (a message kept for the page the browser is sent back to) or says, in the reader's language,
 * why it was refused — a broken rule next to its field, an action the user may not take, something
 * no longer there, or a page older than what it acts on ("changed meanwhile, reload") — and the
 * page stays, nothing changed.
 */
@RequestScoped
public class PageActions {
  /** The request parameter in which a page's forms carry the version the page showed. */
  public static final String VERSION = "version";

  /**
   * The request parameter in which a form that creates a record carries its one-time id ({@link
   * org.wops.domain.shared.OnceSent}): issued when the page shows the form, claimed when the record
   * is made.
   */
  public static final String FORM_ID = "formId";

  private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) characters");
  private static final Pattern DIGITS = Pattern.compile("\\d{1,18}");

  /** The bundle's words for the values of an enum a rule names, by the enum's simple name. */
  private static final java.util.Map<String, String> WORDS_OF =
      java.util.Map.of(
          "PartnershipStatus", "status.",
          "ParticipantRole", "role.",
          "SupporterRole", "supporter.",
          "MilestoneStatus", "milestone.");

  @Inject Localizer labels;

  /**
   * Runs the action; done, the {@code doneKey} message and the {@code outcome} (a page to go to);
   * refused, the reasons for the whole page and {@code null} (the page stays).
   */
  public String run(String doneKey, String outcome, Runnable action) {
    if (!attempt(null, action)) {
      return null;
    }
    done(doneKey);
    return outcome;
  }

  /**
   * Runs the action and tells whether it was done; refused, the reasons are on the page, a broken
   * rule next to its field of {@code form} (when a form is named and the rule names a field).
   * {@code ruleArguments} fill a rule's text in the bundle ({@code rule.<code>}), e.g. the name of
   * what the rule is about.
   */
  public boolean attempt(String form, Runnable action, Object... ruleArguments) {
    return attemptBeside(
        field -> form == null || field == null ? null : form + ":" + field, action, ruleArguments);
  }

  /**
   * Runs the action as {@link #attempt} does; refused, each broken rule beside the field {@code
   * clientIdOf} names for the rule's field (the rule's field path, e.g. {@code
   * results[0].indicator.baseline.dated}; {@code null} for the whole page): for forms whose fields
   * repeat, where the domain's field path and the page's client id differ.
   */
  public boolean attemptBeside(
      java.util.function.Function<String, String> clientIdOf,
      Runnable action,
      Object... ruleArguments) {
    try {
      action.run();
      return true;
    } catch (DomainRuleViolation e) {
      broken(e, clientIdOf, ruleArguments);
    } catch (org.wops.domain.shared.FormNotIssued e) {
      error(labels.text("action.form-not-issued"));
    } catch (StaleVersionException e) {
      error(labels.text("action.stale"));
    } catch (AccessDenied e) {
      error(labels.text("action.denied"));
    } catch (NotFoundException e) {
      error(labels.text("action.not-found"));
    } catch (RuntimeException e) {
      if (!LostRace.in(e)) {
        throw e;
      }
      error(labels.text("action.stale"));
    }
    return false;
  }

  /**
   * An edit done: the {@code doneKey} message, or "nothing changed" ({@code action.unchanged}) when
   * the partnership is still at the version the page showed ({@code shown}): what was sent is what
   * was stored, and no new version nor audit entry was made.
   */
  public void saved(String doneKey, long shown, org.wops.domain.partnership.Partnership after) {
    done(after != null && after.version() == shown ? "action.unchanged" : doneKey);
  }

  /**
   * Whether a form named what it acts on ({@code id}, from {@link #idOfForm}); when it sent no id
   * ("abc", nothing: -1), the page says nothing was chosen, never the -1.
   */
  public boolean chosen(long id) {
    if (id >= 0) {
      return true;
    }
    error(labels.text("action.not-chosen"));
    return false;
  }

  /** An action done: its message, shown on the page the browser is sent to next. */
  public void done(String key) {
    message(FacesMessage.SEVERITY_INFO, labels.text(key));
  }

  /**
   * Each broken rule as an error message: next to its field in the form ({@code form:field}) when a
   * form is named and the rule names a field, else for the whole page.
   */
  public void broken(DomainRuleViolation e, String form, Object... ruleArguments) {
    broken(e, field -> form == null || field == null ? null : form + ":" + field, ruleArguments);
  }

  /**
   * Each broken rule as an error message beside the field {@code clientIdOf} names for the rule's
   * field ({@code null}: for the whole page).
   */
  public void broken(
      DomainRuleViolation e,
      java.util.function.Function<String, String> clientIdOf,
      Object... ruleArguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (DomainRuleViolation v : e.withOthers()) {
      String clientId = clientIdOf.apply(v.field());
      faces.addMessage(
          clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, said(v, ruleArguments), null));
    }
  }

  /**
   * A broken rule in the reader's language: its text in the bundle ({@code rule.<code>}) if it has
   * one, filled with the values the rule names ({@link DomainRuleViolation#arguments()}: numbers
   * and dates as the reader writes them) or, for a rule that names none, with the page's {@code
   * ruleArguments}; a text too long ({@code *.too-long}, the domain's bound of its column) with its
   * limit; a required text ({@code *.required}) in French or Spanish as the bundle says it (in
   * English the domain names the field); any other rule as the domain says it.
   */
  String said(DomainRuleViolation v, Object... ruleArguments) {
    String key = "rule." + v.code();
    String text = v.code() == null ? key : labels.text(key);
    if (!text.equals(key)) {
      Object[] values = v.arguments().length > 0 ? v.arguments() : ruleArguments;
      MessageFormat format = new MessageFormat(text, labels.locale());
      if (format.getFormatsByArgumentIndex().length > values.length) {
        return v.getMessage(); // the text names a value this rule did not give
      }
      return format.format(readable(values));
    }
    Matcher limit = AT_MOST.matcher(String.valueOf(v.getMessage()));
    if (v.code() != null && v.code().endsWith(".too-long") && limit.find()) {
      return labels.plural("rule.too-long", Integer.valueOf(limit.group(1)));
    }
    if (v.code().endsWith(".required") && labels.language() != org.wops.domain.shared.Language.EN) {
      return labels.text("rule.required");
    }
    return v.getMessage();
  }

  /**
   * The values a rule names as the reader reads them: a date in the reader's format, a status or a
   * role in the reader's words, several values joined; numbers stay numbers (the text formats
   * them).
   */
  private Object[] readable(Object[] values) {
    Object[] readable = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      readable[i] = readable(values[i]);
    }
    return readable;
  }

  private Object readable(Object value) {
    if (value instanceof java.time.LocalDate date) {
      return labels.date(date);
    }
    if (value instanceof org.wops.domain.shared.PartialDate date) {
      return labels.partialDate(date);
    }
    if (value instanceof Enum<?> e) {
      String prefix = WORDS_OF.get(e.getDeclaringClass().getSimpleName());
      String key = prefix + e.name();
      String words = prefix == null ? key : labels.text(key);
      return words.equals(key) ? e.name() : words;
    }
    if (value instanceof org.wops.domain.reference.LocalizedName name) {
      return name.in(labels.language());
    }
    if (value instanceof java.util.Collection<?> many) {
      List<String> each = many.stream().map(this::readable).map(String::valueOf).toList();
      boolean sentences =
          many.stream().anyMatch(org.wops.domain.reference.LocalizedName.class::isInstance);
      return sentences ? String.join("; ", each) : labels.joined(each);
    }
    return value;
  }

  /**
   * The version the page showed, as its form carried it ({@code parameter}); {@code null} when the
   * page is only being shown (no form was sent). Every acting form of these pages carries its
   * version: a form sent without a readable one (removed, letters, negative, too long) is answered
   * as a stale page ({@link #NOT_SHOWN} matches no version), never applied to whatever is current.
   */
  public static Long shownVersion(String parameter) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String v = faces.getExternalContext().getRequestParameterMap().get(parameter);
    if (v != null && DIGITS.matcher(v).matches()) {
      return Long.valueOf(v);
    }
    return faces.isPostback() ? NOT_SHOWN : null;
  }

  /** The version of a form that carried none it could read: no partnership or update has it. */
  public static final long NOT_SHOWN = -1;

  /**
   * An id a form carried ({@code parameter}), or {@code -1} when it is missing or not a number:
   * every caller asks {@link #chosen} (or checks the id is one the page shows) before acting on it.
   */
  public static long idOfForm(String parameter) {
    String v =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get(parameter);
    return v != null && DIGITS.matcher(v).matches() ? Long.parseLong(v) : -1;
  }

  /**
   * The one-time id of the page's creating form: the one the form carried when it is sent back
   * (kept when the page is shown again with its refusals), a new one when the page is only shown. A
   * form sent back without one keeps none, and is answered as an expired form.
   */
  public static String formId() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.isPostback()) {
      return org.wops.domain.shared.OnceSent.issue();
    }
    String sent = faces.getExternalContext().getRequestParameterMap().get(FORM_ID);
    return org.wops.domain.shared.OnceSent.isFormId(sent) ? sent : "";
  }

  /**
   * A creating form sent again after it made its record (a double click, a resend): nothing new is
   * made; the browser goes to the record the first sending made ({@code page}, e.g. {@code
   * /wop.xhtml}), with the {@code key} message ("already recorded").
   */
  public String alreadySent(org.wops.domain.shared.AlreadySent e, String key, String page) {
    message(FacesMessage.SEVERITY_WARN, labels.text(key));
    return page + "?faces-redirect=true&id=" + e.madeId();
  }

  /** A message for the whole page, kept for the page the browser is sent to next. */
  public static void message(FacesMessage.Severity severity, String text) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(severity, text, null));
    faces.getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void error(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** Answers the page's request with the "not found" page (404) and renders nothing else. */
  public static void notFound() {
    sendError(404, "Not found");
  }

  /** Answers the page's request with the "forbidden" page (403) and renders nothing else. */
  public static void forbidden(String reason) {
    sendError(403, reason);
  }

  private static void sendError(int status, String reason) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, reason);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}

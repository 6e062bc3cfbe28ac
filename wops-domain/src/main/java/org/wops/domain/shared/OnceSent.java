package org.wops.domain.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * A form that creates a record creates it once: the page issues a form id when it shows the form
 * ({@link #issue()}), and the use case that creates the record claims it in the same transaction
 * ({@link #once}); the same id sent again answers {@link AlreadySent} with the first record. Form
 * ids are kept a week ({@link #KEPT}), forgotten on the way of later claims.
 */
@ApplicationScoped
@Transactional
@RetryOnConflict
public class OnceSent {
  /** How long a claimed form id is kept (and a page's form may be sent). */
  public static final Duration KEPT = Duration.ofDays(7);

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern FORM_ID = Pattern.compile("f[A-Za-z0-9_-]{43}");

  private SentForms forms;
  private Clock clock;

  protected OnceSent() {
    // for CDI proxies
  }

  @Inject
  public OnceSent(SentForms forms, Clock clock) {
    this.forms = forms;
    this.clock = clock;
  }

  /** A new form id: 256 random bits. */
  public static String issue() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return "f" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Whether a sent value is a form id this class issues (any other is an expired form). */
  public static boolean isFormId(String value) {
    return value != null && FORM_ID.matcher(value).matches();
  }

  /**
   * The record this form id already made for {@code username}, if it made one: a page shown again
   * from a form sent before (the back button, a resend) says so instead of starting afresh. Claims
   * nothing.
   */
  public java.util.Optional<Long> made(String formId, String username) {
    if (!isFormId(formId)) {
      return java.util.Optional.empty();
    }
    return forms
        .find(formId)
        .filter(s -> s.username().equals(username) && s.madeId() != null)
        .map(SentForms.Sent::madeId);
  }

  /**
   * Claims the form id, then creates the record ({@code create}, a use case joining this
   * transaction, answers its id): the claim and the record commit or roll back together, so a form
   * refused for a broken rule can be sent again.
   *
   * @throws AlreadySent when the form id made a record before (by the same user)
   * @throws FormNotIssued when the form id is not one this class issues, or another user's
   */
  public long once(String formId, String username, LongSupplier create) {
    if (!isFormId(formId)) {
      throw new FormNotIssued("The form carries no form id: reload the page.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    forms.forgetBefore(now.minus(KEPT));
    var earlier = forms.claim(formId, username, now);
    if (earlier.isPresent()) {
      if (!earlier.get().username().equals(username) || earlier.get().madeId() == null) {
        throw new FormNotIssued("The form was sent by someone else: reload the page.");
      }
      throw new AlreadySent(earlier.get().madeId());
    }
    long made = create.getAsLong();
    forms.made(formId, made);
    return made;
  }
}

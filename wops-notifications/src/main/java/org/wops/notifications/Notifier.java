package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.CharterVersionPublished;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.event.PublicationApproved;
import org.wops.domain.event.PublicationRequested;
import org.wops.domain.event.PublicationReturned;
import org.wops.domain.event.UpdateApproved;
import org.wops.domain.event.UpdateReturned;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.operator.Operator;
import org.wops.domain.operator.OperatorRepository;
import org.wops.domain.organisation.Organisation;
import org.wops.domain.organisation.OrganisationRepository;
import org.wops.domain.partnership.Milestone;
import org.wops.domain.partnership.MilestoneDue;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Participant;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipRepository;
import org.wops.domain.partnership.SupporterRole;
import org.wops.domain.partnership.SupportingOrganisation;
import org.wops.domain.shared.ContactPerson;
import org.wops.domain.shared.Language;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.IcsWriter;
import org.wops.notifications.mail.MailRenderer;
import org.wops.notifications.outbox.OutboxStore;

/**
 * Turns what happens to a partnership into mails in the outbox, in the same transaction as the
 * change (transactional outbox): domain events as they are raised, and the daily scan of milestones
 * due soon or overdue. Each mail is rendered for its recipient (language, name) and queued under a
 * key that makes it unique, so that nothing is queued twice.
 */
@ApplicationScoped
public class Notifier {
  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
  private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

  /** Who hears of an event. */
  enum Audience {
    /** Every partner's contacts, the facilitators' contacts and the subscribers. */
    EVERYONE,
    /** The facilitators' contacts and the subscribers (coordinators). */
    COORDINATORS,
    /** The participating operators' contacts (the partnership's editors). */
    PARTNERS,
    /** The partners' and the facilitators' contacts, without subscribers (unpublished news). */
    CONTACTS
  }

  record Recipient(String email, String name, Language language) {}

  @Inject OutboxStore outbox;
  @Inject PartnershipRepository partnerships;
  @Inject MilestoneTitles titles;
  @Inject OperatorRepository operators;
  @Inject OrganisationRepository organisations;
  @Inject CharterRepository charters;
  @Inject Clock clock;
  @Inject MailLinks links;

  @Inject
  @ConfigProperty(name = "wops.notifications.lead-days", defaultValue = "14,3")
  List<Integer> leadDays;

  /** Where requests for publication go: the secretariat's address(es), comma-separated. */
  @Inject
  @ConfigProperty(name = "wops.secretariat.email")
  Optional<String> secretariat;

  @Inject
  @ConfigProperty(name = "wops.secretariat.language", defaultValue = "EN")
  String secretariatLanguage;

  private final MailRenderer renderer = new MailRenderer();

  // ---------------------------------------------------------------- events (same transaction as
  // the change)

  void onStatusChanged(@Observes PartnershipStatusChanged e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.STATUS_CHANGED,
                    p,
                    e.occurrenceId(),
                    Audience.EVERYONE,
                    lang ->
                        Map.of(
                            "from", renderer.status(e.from().name(), lang),
                            "to", renderer.status(e.to().name(), lang)),
                    null,
                    lang -> links.wop(p.id(), lang)));
  }

  void onAgreementSigned(@Observes AgreementSignedByAll e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.AGREEMENT_SIGNED,
                    p,
                    e.occurrenceId(),
                    Audience.EVERYONE,
                    lang -> Map.of(),
                    null,
                    lang -> links.wop(p.id(), lang)));
  }

  void onMilestoneReached(@Observes MilestoneReached e) {
    partnership(e.partnershipId())
        .ifPresent(
            p -> {
              var m = p.milestone(e.milestoneId());
              queue(
                  NotificationKind.MILESTONE_REACHED,
                  p,
                  "m" + e.milestoneId(),
                  Audience.EVERYONE,
                  lang ->
                      Map.of(
                          "milestone", titles.of(p, m, lang), "date", date(e.actualDate(), lang)),
                  new Ics(m.id(), lang -> titles.of(p, m, lang), e.actualDate(), true),
                  lang -> links.milestone(p.id(), m.id(), lang));
            });
  }

  void onUpdateSubmitted(@Observes UpdateSubmitted e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.UPDATE_SUBMITTED,
                    p,
                    e.occurrenceId(),
                    Audience.COORDINATORS,
                    lang -> Map.of(),
                    null,
                    lang -> links.update(p.id(), e.updateId(), lang)));
  }

  void onUpdateReturned(@Observes UpdateReturned e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.UPDATE_RETURNED,
                    p,
                    e.occurrenceId(),
                    Audience.PARTNERS,
                    lang -> Map.of("reason", e.reason()),
                    null,
                    lang -> links.updates(p.id(), lang)));
  }

  void onUpdateApproved(@Observes UpdateApproved e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.UPDATE_APPROVED,
                    p,
                    e.occurrenceId(),
                    Audience.PARTNERS,
                    lang -> Map.of(),
                    null,
                    lang -> links.update(p.id(), e.updateId(), lang)));
  }

  /** A request for publication: to the secretariat, which approves or returns it. */
  void onPublicationRequested(@Observes PublicationRequested e) {
    List<String> addresses =
        java.util.Arrays.stream(secretariat.orElse("").split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .toList();
    if (addresses.isEmpty()) {
      LOG.warning(
          "Partnership "
              + e.partnershipId()
              + ": publication requested, but no secretariat address is set"
              + " (wops.secretariat.email): the request waits on the admin page only.");
      return;
    }
    partnership(e.partnershipId())
        .ifPresent(
            p -> {
              String key = e.occurrenceId();
              for (String address : addresses) {
                String email = address.toLowerCase(Locale.ROOT);
                enqueue(
                    NotificationKind.PUBLICATION_REQUESTED,
                    p,
                    key,
                    new Recipient(email, null, language(secretariatLanguage)),
                    Map.of("partnership", p.title(), "requester", e.actor()),
                    null,
                    links.publication(p.id(), language(secretariatLanguage)));
              }
            });
  }

  void onPublicationApproved(@Observes PublicationApproved e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.PUBLICATION_APPROVED,
                    p,
                    e.occurrenceId(),
                    Audience.CONTACTS,
                    lang -> Map.of(),
                    null,
                    lang -> links.wop(p.id(), lang)));
  }

  void onPublicationReturned(@Observes PublicationReturned e) {
    partnership(e.partnershipId())
        .ifPresent(
            p ->
                queue(
                    NotificationKind.PUBLICATION_RETURNED,
                    p,
                    e.occurrenceId(),
                    Audience.CONTACTS,
                    lang -> Map.of("reason", e.reason()),
                    null,
                    lang -> links.publication(p.id(), lang)));
  }

  private static Language language(String code) {
    try {
      return Language.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }

  /** A new Charter version: to the contacts of operators whose endorsement is now stale. */
  void onCharterPublished(@Observes CharterVersionPublished e) {
    for (long operatorId : charters.staleEndorsers(e.number())) {
      operators
          .findById(operatorId)
          .ifPresent(
              o -> {
                for (ContactPerson c : o.contacts()) {
                  enqueue(
                      NotificationKind.CHARTER_PUBLISHED,
                      null,
                      "charter-v" + e.number() + ":o" + operatorId,
                      new Recipient(c.email(), c.name(), c.language()),
                      Map.of("version", e.number(), "partnership", ""),
                      null,
                      links.charter(c.language()));
                }
              });
    }
  }

  // ---------------------------------------------------------------- the milestone scan

  /**
   * Queues the due-soon mail of each planned milestone of an open partnership at the nearest lead
   * time that applies (e.g. 14, then 3 days before), and the overdue mail once it has passed.
   * Idempotent: the keys of the outbox make a second run on the same day queue nothing.
   */
  @Transactional
  public int scan(LocalDate today) {
    int queued = 0;
    List<Integer> leads = leadDays.stream().sorted().toList();
    int longest = leads.get(leads.size() - 1);
    for (MilestoneDue due : partnerships.milestonesDueBetween(today, today.plusDays(longest))) {
      long days = ChronoUnit.DAYS.between(today, due.plannedDate());
      int lead = leads.stream().filter(l -> l >= days).findFirst().orElse(longest);
      queued += milestoneMail(NotificationKind.MILESTONE_DUE_SOON, due, "lead" + lead, days);
    }
    for (MilestoneDue due : partnerships.milestonesDueBetween(EARLIEST, today.minusDays(1))) {
      queued += milestoneMail(NotificationKind.MILESTONE_OVERDUE, due, "overdue", 0);
    }
    if (queued > 0) {
      LOG.info("Milestone scan for " + today + ": " + queued + " mail(s) queued.");
    }
    return queued;
  }

  private int milestoneMail(
      NotificationKind kind, MilestoneDue due, String discriminator, long days) {
    Optional<Partnership> found = partnership(due.partnershipId());
    if (found.isEmpty() || !worthAMail(kind, found.get(), due)) {
      return 0;
    }
    Partnership p = found.get();
    return queue(
        kind,
        p,
        "m" + due.milestoneId() + ":" + discriminator,
        Audience.EVERYONE,
        lang ->
            Map.of(
                "milestone", titles.of(p, p.milestone(due.milestoneId()), lang),
                "date", date(due.plannedDate(), lang),
                "days", days),
        new Ics(
            due.milestoneId(),
            lang -> titles.of(p, p.milestone(due.milestoneId()), lang),
            due.plannedDate(),
            false),
        lang -> links.milestone(p.id(), due.milestoneId(), lang));
  }

  /**
   * Whether a due-soon or overdue mail says anything: not for the milestone that stands for the
   * signature once every partner signed (its condition is met: "agreement signed by all" was
   * mailed), and no overdue mail for a template milestone whose date had passed already when the
   * partnership was recorded (a proposal written after the fact, with past dates).
   */
  static boolean worthAMail(NotificationKind kind, Partnership p, MilestoneDue due) {
    Milestone m;
    try {
      m = p.milestone(due.milestoneId());
    } catch (RuntimeException gone) {
      return false;
    }
    if (m.marksTheSignature() && p.isAgreementSignedByAll()) {
      return false;
    }
    return kind != NotificationKind.MILESTONE_OVERDUE
        || m.templateKey().isEmpty()
        || p.createdAt() == null
        || !m.plannedDate().isBefore(p.createdAt().toLocalDate());
  }

  /** The confirmation mail of a subscription (double opt-in): the only mail before it. */
  public boolean askConfirmation(
      Partnership p, String email, String name, Language language, OffsetDateTime asked) {
    return enqueue(
        NotificationKind.SUBSCRIPTION_CONFIRMATION,
        p,
        "confirm:" + asked.toInstant().toEpochMilli(),
        new Recipient(email, name, language),
        Map.of("partnership", p.title(), "confirm", links.confirmation(p.id(), email, language)),
        null,
        links.confirmation(p.id(), email, language));
  }

  // ---------------------------------------------------------------- queuing

  /**
   * The calendar event of a milestone: one UID per milestone, whichever mail carries it (due soon,
   * overdue, reached), so that a calendar updates the event it has; its summary is the milestone's
   * title in the recipient's language.
   */
  record Ics(long milestoneId, Function<Language, String> title, LocalDate date, boolean reached) {}

  private int queue(
      NotificationKind kind,
      Partnership p,
      String eventKey,
      Audience audience,
      Function<Language, Map<String, Object>> specifics,
      Ics ics,
      Function<Language, String> link) {
    int queued = 0;
    for (Recipient r : recipients(p, audience)) {
      Map<String, Object> model = new HashMap<>(specifics.apply(r.language()));
      model.put("partnership", p.title());
      if (enqueue(kind, p, eventKey, r, model, ics, link.apply(r.language()))) {
        queued++;
      }
    }
    return queued;
  }

  private boolean enqueue(
      NotificationKind kind,
      Partnership p,
      String eventKey,
      Recipient r,
      Map<String, Object> specifics,
      Ics ics,
      String link) {
    if (!outbox.wants(r.email(), kind)) {
      return false;
    }
    Map<String, Object> model = new HashMap<>(specifics);
    model.put("name", r.name() == null || r.name().isBlank() ? r.email() : r.name());
    if (link != null) {
      model.put("link", link);
    }
    model.put("preferences", links.preferences(r.email(), r.language()));
    MailRenderer.Rendered mail = renderer.render(kind, r.language(), model);
    OffsetDateTime now = OffsetDateTime.now(clock);
    String calendar =
        ics == null
            ? null
            : IcsWriter.milestone(
                new IcsWriter.Event(
                    "milestone-" + ics.milestoneId() + "@wops-platform",
                    IcsWriter.sequence(now.toInstant()),
                    ics.title().apply(r.language()),
                    ics.date(),
                    mail.subject(),
                    link,
                    ics.reached()));
    String key = kind + ":" + (p == null ? "" : "p" + p.id() + ":") + eventKey + ":" + r.email();
    return outbox.enqueue(
        new OutboxStore.NewMessage(
            key,
            kind,
            p == null ? null : p.id(),
            r.email(),
            r.name(),
            r.language(),
            mail.subject(),
            mail.text(),
            mail.html(),
            calendar,
            ics == null ? null : "milestone-" + ics.milestoneId() + ".ics"),
        now);
  }

  /** The recipients of the audience, each once (by e-mail address), in the language each chose. */
  List<Recipient> recipients(Partnership p, Audience audience) {
    Map<String, Recipient> byEmail = new LinkedHashMap<>();
    if (audience != Audience.COORDINATORS) {
      for (Participant x : p.participants()) {
        operators
            .findById(x.operatorId())
            .map(Operator::contacts)
            .orElse(List.of())
            .forEach(c -> add(byEmail, c));
      }
    }
    if (audience != Audience.PARTNERS) {
      for (SupportingOrganisation s : p.supporters()) {
        if (s.role() == SupporterRole.FACILITATOR) {
          organisations
              .findById(s.organisationId())
              .map(Organisation::contacts)
              .orElse(List.of())
              .forEach(c -> add(byEmail, c));
        }
      }
      for (OutboxStore.Subscriber s :
          audience == Audience.CONTACTS
              ? List.<OutboxStore.Subscriber>of()
              : outbox.subscribers(p.id())) {
        byEmail.putIfAbsent(s.email(), new Recipient(s.email(), s.name(), s.language()));
      }
    }
    return new ArrayList<>(byEmail.values());
  }

  private static void add(Map<String, Recipient> byEmail, ContactPerson c) {
    String email = c.email().toLowerCase(Locale.ROOT);
    byEmail.putIfAbsent(email, new Recipient(email, c.name(), c.language()));
  }

  private Optional<Partnership> partnership(long id) {
    return partnerships.findById(id);
  }

  private static String date(LocalDate date, Language language) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.locale())
        .format(date);
  }
}

package org.wops.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.charter.CharterRepository;
import org.wops.domain.event.CharterVersionPublished;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.notification.MailPreferences;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.notification.Outbox;
import org.wops.domain.notification.Subscriptions;
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
import org.wops.notifications.EventMails.Audience;
import org.wops.notifications.EventMails.Ics;
import org.wops.notifications.EventMails.Mailing;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.IcsWriter;
import org.wops.notifications.mail.MailRenderer;
import org.wops.notifications.outbox.MessageIds;

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

  record Recipient(String email, String name, Language language) {}

  @Inject Outbox outbox;
  @Inject MailPreferences preferences;
  @Inject Subscriptions subscriptions;
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

  private EventMails mails;

  @PostConstruct
  void table() {
    mails = new EventMails(links, titles, renderer);
  }

  // ---------------------------------------------------------------- events (same transaction as
  // the change)

  /** Every event of a partnership that makes a mail (the table of {@link EventMails}). */
  void onEvent(@Observes DomainEvent e) {
    mails.of(e).ifPresent(m -> partnership(m.partnershipId()).ifPresent(p -> queue(m, p)));
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
      // a month or a year counts to its last day: "2027-06" is due in 3 days on 27 June 2027
      long days = ChronoUnit.DAYS.between(today, due.dueBy());
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
    long id = due.milestoneId();
    return queue(
        new Mailing(
            kind,
            p.id(),
            "m" + id + ":" + discriminator,
            Audience.EVERYONE,
            (x, lang) ->
                Map.of(
                    "milestone", titles.of(p, p.milestone(id), lang),
                    "date", due.plannedDate(),
                    "days", days),
            x -> new Ics(id, lang -> titles.of(p, p.milestone(id), lang), due.plannedDate(), false),
            (x, lang) -> links.milestone(p.id(), id, lang)),
        p);
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
    return kind != NotificationKind.MILESTONE_OVERDUE || p.isOverdue(m, due.dueBy().plusDays(1));
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

  /** The one way a mail is queued for an audience: rendered for each recipient, once by key. */
  private int queue(Mailing m, Partnership p) {
    Ics ics = m.ics() == null ? null : m.ics().apply(p);
    int queued = 0;
    for (Recipient r : recipients(p, m.audience())) {
      Map<String, Object> model = new HashMap<>(m.details().of(p, r.language()));
      model.put("partnership", p.title());
      if (enqueue(m.kind(), p, m.key(), r, model, ics, m.link().of(p, r.language()))) {
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
    if (!preferences.wants(r.email(), kind)) {
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
                    mail.calendar() == null
                        ? mail.subject()
                        : mail.subject() + "\n" + mail.calendar(),
                    link,
                    ics.reached()));
    String key = kind + ":" + (p == null ? "" : "p" + p.id() + ":") + eventKey + ":" + r.email();
    return outbox.enqueue(
        new Outbox.NewMessage(
            key,
            MessageIds.of(key),
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
    if (audience == Audience.SECRETARIAT) {
      return secretariat(p);
    }
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
      if (audience != Audience.CONTACTS) {
        for (Subscriptions.Subscriber s : subscriptions.subscribers(p.id())) {
          byEmail.putIfAbsent(s.email(), new Recipient(s.email(), s.name(), s.language()));
        }
      }
    }
    return new ArrayList<>(byEmail.values());
  }

  /** Where requests for publication go: the secretariat, which approves or returns them. */
  private List<Recipient> secretariat(Partnership p) {
    List<Recipient> addresses =
        Arrays.stream(secretariat.orElse("").split(","))
            .map(String::strip)
            .filter(a -> !a.isEmpty())
            .map(
                a -> new Recipient(a.toLowerCase(Locale.ROOT), null, language(secretariatLanguage)))
            .toList();
    if (addresses.isEmpty()) {
      LOG.warning(
          "Partnership "
              + p.id()
              + ": publication requested, but no secretariat address is set"
              + " (wops.secretariat.email): the request waits on the admin page only.");
    }
    return addresses;
  }

  private static Language language(String code) {
    try {
      return Language.valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Language.EN;
    }
  }

  private static void add(Map<String, Recipient> byEmail, ContactPerson c) {
    String email = c.email().toLowerCase(Locale.ROOT);
    byEmail.putIfAbsent(email, new Recipient(email, c.name(), c.language()));
  }

  private Optional<Partnership> partnership(long id) {
    return partnerships.findById(id);
  }
}

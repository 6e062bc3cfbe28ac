package org.wops.notifications;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wops.domain.event.AgreementSignedByAll;
import org.wops.domain.event.DomainEvent;
import org.wops.domain.event.MilestoneReached;
import org.wops.domain.event.PartnershipStatusChanged;
import org.wops.domain.event.PublicationApproved;
import org.wops.domain.event.PublicationRequested;
import org.wops.domain.event.PublicationReturned;
import org.wops.domain.event.UpdateApproved;
import org.wops.domain.event.UpdateReturned;
import org.wops.domain.event.UpdateSubmitted;
import org.wops.domain.notification.NotificationKind;
import org.wops.domain.partnership.MilestoneTitles;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.shared.Language;
import org.wops.domain.shared.PartialDate;
import org.wops.notifications.links.MailLinks;
import org.wops.notifications.mail.MailRenderer;

/**
 * The mail each event of a partnership makes, as one table: its kind, the key that makes it one
 * occurrence (the event's {@code occurrenceId()}, so that an event delivered twice queues nothing
 * more), who hears of it, the details its template needs in each recipient's language, its calendar
 * event if any, and the page it links to. {@link Notifier} queues every row the same way.
 */
final class EventMails {

  /** Who hears of an event. */
  enum Audience {
    /** Every partner's contacts, the facilitators' contacts and the subscribers. */
    EVERYONE,
    /** The facilitators' contacts and the subscribers (coordinators). */
    COORDINATORS,
    /** The participating operators' contacts (the partnership's editors). */
    PARTNERS,
    /** The partners' and the facilitators' contacts, without subscribers (unpublished news). */
    CONTACTS,
    /**
     * The secretariat's address(es) ({@code wops.secretariat.email}), which decides publication.
     */
    SECRETARIAT
  }

  /** The details of a mail's template for one recipient's language. */
  interface Details {
    Map<String, Object> of(Partnership p, Language language);
  }

  /** The page a mail links to, in the recipient's language. */
  interface Link {
    String of(Partnership p, Language language);
  }

  /**
   * The calendar event of a milestone: one UID per milestone, whichever mail carries it (due soon,
   * overdue, reached), so that a calendar updates the event it has; its summary is the milestone's
   * title in the recipient's language.
   */
  record Ics(
      long milestoneId, Function<Language, String> title, PartialDate date, boolean reached) {}

  /** One mail to queue for an audience of a partnership; {@code ics} may be null. */
  record Mailing(
      NotificationKind kind,
      long partnershipId,
      String key,
      Audience audience,
      Details details,
      Function<Partnership, Ics> ics,
      Link link) {}

  private static final Details NONE = (p, lang) -> Map.of();

  private final Map<Class<? extends DomainEvent>, Function<DomainEvent, Mailing>> table =
      new HashMap<>();

  EventMails(MailLinks links, MilestoneTitles titles, MailRenderer renderer) {
    Link wop = (p, lang) -> links.wop(p.id(), lang);
    Link publication = (p, lang) -> links.publication(p.id(), lang);
    row(
        PartnershipStatusChanged.class,
        e ->
            mailing(
                NotificationKind.STATUS_CHANGED,
                e.partnershipId(),
                e,
                Audience.EVERYONE,
                (p, lang) ->
                    Map.of(
                        "from", renderer.status(e.from().name(), lang),
                        "to", renderer.status(e.to().name(), lang)),
                wop));
    row(
        AgreementSignedByAll.class,
        e ->
            mailing(
                NotificationKind.AGREEMENT_SIGNED,
                e.partnershipId(),
                e,
                Audience.EVERYONE,
                NONE,
                wop));
    // one mail per milestone reached, however often the event is raised
    row(
        MilestoneReached.class,
        e ->
            new Mailing(
                NotificationKind.MILESTONE_REACHED,
                e.partnershipId(),
                "m" + e.milestoneId(),
                Audience.EVERYONE,
                (p, lang) ->
                    Map.of(
                        "milestone", titles.of(p, p.milestone(e.milestoneId()), lang),
                        "date", e.actualDate()),
                p ->
                    new Ics(
                        e.milestoneId(),
                        lang -> titles.of(p, p.milestone(e.milestoneId()), lang),
                        e.actualDate(),
                        true),
                (p, lang) -> links.milestone(p.id(), e.milestoneId(), lang)));
    row(
        UpdateSubmitted.class,
        e ->
            mailing(
                NotificationKind.UPDATE_SUBMITTED,
                e.partnershipId(),
                e,
                Audience.COORDINATORS,
                NONE,
                (p, lang) -> links.update(p.id(), e.updateId(), lang)));
    row(
        UpdateReturned.class,
        e ->
            mailing(
                NotificationKind.UPDATE_RETURNED,
                e.partnershipId(),
                e,
                Audience.PARTNERS,
                (p, lang) -> Map.of("reason", e.reason()),
                (p, lang) -> links.updates(p.id(), lang)));
    row(
        UpdateApproved.class,
        e ->
            mailing(
                NotificationKind.UPDATE_APPROVED,
                e.partnershipId(),
                e,
                Audience.PARTNERS,
                NONE,
                (p, lang) -> links.update(p.id(), e.updateId(), lang)));
    row(
        PublicationRequested.class,
        e ->
            mailing(
                NotificationKind.PUBLICATION_REQUESTED,
                e.partnershipId(),
                e,
                Audience.SECRETARIAT,
                (p, lang) -> Map.of("requester", e.actor()),
                publication));
    row(
        PublicationApproved.class,
        e ->
            mailing(
                NotificationKind.PUBLICATION_APPROVED,
                e.partnershipId(),
                e,
                Audience.CONTACTS,
                NONE,
                wop));
    row(
        PublicationReturned.class,
        e ->
            mailing(
                NotificationKind.PUBLICATION_RETURNED,
                e.partnershipId(),
                e,
                Audience.CONTACTS,
                (p, lang) -> Map.of("reason", e.reason()),
                publication));
  }

  /** The mail this event makes, if it makes one. */
  Optional<Mailing> of(DomainEvent event) {
    return Optional.ofNullable(table.get(event.getClass())).map(row -> row.apply(event));
  }

  private <E extends DomainEvent> void row(Class<E> type, Function<E, Mailing> mailing) {
    table.put(type, e -> mailing.apply(type.cast(e)));
  }

  private static Mailing mailing(
      NotificationKind kind,
      long partnershipId,
      DomainEvent event,
      Audience audience,
      Details details,
      Link link) {
    return new Mailing(kind, partnershipId, event.occurrenceId(), audience, details, null, link);
  }
}

package org.wops.notifications.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.wops.domain.shared.PartialDate;

/**
 * The iCalendar (.ics) attachment of a milestone's mails (ical4j): one all-day event per milestone,
 * the same UID in its due-soon, overdue and reached mails, and a SEQUENCE that grows with each
 * mail, so that a calendar updates the event it has (METHOD:PUBLISH: the platform publishes
 * milestones, it invites nobody). A milestone known to the day is an event of that day; one known
 * to the month or the year is an all-day event spanning the whole period (DTSTART its first day,
 * DTEND the day after its last, as RFC 5545 §3.6.1 counts all-day ends), and its description says
 * so ("Due in June 2027 (by 30 June 2027)"): no calendar shows a day nobody stated. Lines are
 * folded at 75 octets (RFC 5545 §3.1): ical4j folds at a number of characters, which a line of
 * accented or Vietnamese text exceeds in octets.
 */
public final class IcsWriter {
  /** SEQUENCE counts seconds from here: later mails of a milestone carry higher numbers. */
  private static final Instant SEQUENCE_EPOCH = Instant.parse("2020-01-01T00:00:00Z");

  private static final int FOLD_OCTETS = 75;

  private IcsWriter() {}

  /** One milestone event as of one mail. */
  public record Event(
      String uid,
      int sequence,
      String title,
      PartialDate date,
      String description,
      String link,
      boolean reached) {}

  /** The SEQUENCE of a mail made at this instant (grows with time, fits RFC 5545's integer). */
  public static int sequence(Instant at) {
    return (int)
        Math.max(
            0, Math.min(Integer.MAX_VALUE, at.getEpochSecond() - SEQUENCE_EPOCH.getEpochSecond()));
  }

  public static String milestone(Event e) {
    VEvent event =
        e.date().isDay()
            ? new VEvent(e.date().first(), e.title())
            : new VEvent(e.date().first(), e.date().last().plusDays(1), e.title());
    event.add(new Uid(e.uid()));
    event.add(new Sequence(e.sequence()));
    event.add(new Description(e.description()));
    event.add(e.reached() ? ImmutableStatus.VEVENT_CONFIRMED : ImmutableStatus.VEVENT_TENTATIVE);
    if (e.link() != null) {
      event.add(new Url(java.net.URI.create(e.link())));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//WOPs Platform//Milestones//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(event);
    return fold(calendar.toString());
  }

  /**
   * Folds each content line into lines of at most 75 octets (CRLF and a space before each
   * continuation), never inside a UTF-8 sequence.
   */
  static String fold(String unfolded) {
    StringBuilder out = new StringBuilder(unfolded.length() + 64);
    for (String line : unfolded.split("\r\n|\n", -1)) {
      if (line.isEmpty()) {
        continue;
      }
      int octets = 0;
      int limit = FOLD_OCTETS;
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
        if (octets + size > limit) {
          out.append("\r\n ");
          octets = 0;
          limit = FOLD_OCTETS - 1; // the leading space counts
        }
        out.appendCodePoint(cp);
        octets += size;
        i += Character.charCount(cp);
      }
      out.append("\r\n");
    }
    return out.toString();
  }
}

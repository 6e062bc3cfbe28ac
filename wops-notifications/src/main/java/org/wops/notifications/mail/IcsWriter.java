package org.wops.notifications.mail;

import java.time.LocalDate;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar (.ics) attachment of a dated mail: one all-day event on the milestone's date
 * (ical4j).
 */
public final class IcsWriter {
  private IcsWriter() {}

  public static String milestone(
      String uid, String title, LocalDate date, String description, String link) {
    VEvent event = new VEvent(date, title);
    event.add(new Uid(uid));
    event.add(new Description(description));
    if (link != null) {
      event.add(new Url(java.net.URI.create(link)));
    }
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//WOPs Platform//Milestones//EN"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(ImmutableMethod.PUBLISH);
    calendar.add(event);
    return calendar.toString();
  }
}

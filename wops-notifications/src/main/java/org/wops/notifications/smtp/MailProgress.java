package org.wops.notifications.smtp;

/** What a message reports while it is written to the SMTP server: its data starts, and ends. */
public interface MailProgress {
  MailProgress NONE = new MailProgress() {};

  default void dataStarts() {}

  default void dataEnds() {}
}

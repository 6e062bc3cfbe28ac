package org.wops.notifications.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.wops.notifications.smtp.MailProgress;

/**
 * Composes one message: a plain-text and an HTML part (multipart/alternative), the iCalendar
 * attachment when there is one, the outbox's stable Message-ID, so that a message sent twice (after
 * a crash) is recognisably the same, {@code Auto-Submitted: auto-generated}, and the one-click
 * {@code List-Unsubscribe} headers. The subject and the names are encoded words in UTF-8.
 */
public final class MailSender {
  private MailSender() {}

  /** The content of one mail. */
  public record Mail(
      String messageId,
      String to,
      String toName,
      String subject,
      String text,
      String html,
      String ics,
      String icsName,
      String unsubscribe) {}

  public static MimeMessage compose(Session session, Mail mail) throws MessagingException {
    return compose(session, mail, MailProgress.NONE);
  }

  /**
   * The same, reporting to {@code progress} when the message's data starts and ends as it is
   * written to the SMTP server (the SMTP transport writes the message once, after the server's
   * 354).
   */
  public static MimeMessage compose(Session session, Mail mail, MailProgress progress)
      throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }

          @Override
          public void writeTo(java.io.OutputStream os, String[] ignoreList)
              throws java.io.IOException, MessagingException {
            progress.dataStarts();
            super.writeTo(os, ignoreList);
            progress.dataEnds();
          }
        };
    try {
      message.setRecipient(
          MimeMessage.RecipientType.TO, new InternetAddress(mail.to(), mail.toName(), "UTF-8"));
    } catch (UnsupportedEncodingException e) {
      throw new MessagingException("UTF-8 unavailable", e);
    }
    String from = session.getProperty("mail.from");
    if (from != null) {
      message.setFrom(new InternetAddress(from));
    } else {
      message.setFrom();
    }
    message.setSubject(mail.subject(), "UTF-8");
    message.setSentDate(new Date());
    // RFC 3834: no auto-replies to a notification; RFC 2369 / RFC 8058: one-click unsubscribe
    message.setHeader("Auto-Submitted", "auto-generated");
    if (mail.unsubscribe() != null) {
      message.setHeader("List-Unsubscribe", "<" + mail.unsubscribe() + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.text(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.html(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative", text, html);

    if (mail.ics() == null) {
      message.setContent(alternative);
    } else {
      MimeBodyPart body = new MimeBodyPart();
      body.setContent(alternative);
      MimeBodyPart calendar = new MimeBodyPart();
      calendar.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  mail.ics().getBytes(StandardCharsets.UTF_8),
                  "text/calendar; charset=UTF-8; method=PUBLISH")));
      // the UID, SEQUENCE and METHOD of the event are what calendars use to update it
      calendar.setFileName(mail.icsName() == null ? "milestone.ics" : mail.icsName());
      message.setContent(new MimeMultipart("mixed", body, calendar));
    }
    message.saveChanges();
    return message;
  }
}

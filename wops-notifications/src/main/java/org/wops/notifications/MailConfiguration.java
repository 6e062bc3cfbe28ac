package org.wops.notifications;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.MailSessionDefinition;

/**
 * The platform's mail session, {@value #JNDI_NAME}: SMTP host, port, sender, authentication and
 * STARTTLS all come from MicroProfile Config ({@code WOPS_MAIL_HOST}, {@code WOPS_MAIL_PORT},
 * {@code WOPS_MAIL_FROM}, {@code WOPS_MAIL_USER}, {@code WOPS_MAIL_PASSWORD}, {@code
 * WOPS_MAIL_AUTH}, {@code WOPS_MAIL_STARTTLS}). The container stores the host as {@code mail.host},
 * which Jakarta Mail reads when {@code mail.smtp.host} is absent. The timeouts of each SMTP phase
 * are {@code SmtpTimeouts}, applied by {@code SmtpConnection}.
 */
@MailSessionDefinition(
    name = MailConfiguration.JNDI_NAME,
    transportProtocol = "smtp",
    host = "${MPCONFIG=wops.mail.host}",
    from = "${MPCONFIG=wops.mail.from}",
    user = "${MPCONFIG=wops.mail.user}",
    password = "${MPCONFIG=wops.mail.password}",
    properties = {
      "mail.smtp.port=${MPCONFIG=wops.mail.port}",
      "mail.smtp.auth=${MPCONFIG=wops.mail.auth}",
      "mail.smtp.starttls.enable=${MPCONFIG=wops.mail.starttls}"
    })
@ApplicationScoped
public class MailConfiguration {
  public static final String JNDI_NAME = "java:app/mail/wops";
}

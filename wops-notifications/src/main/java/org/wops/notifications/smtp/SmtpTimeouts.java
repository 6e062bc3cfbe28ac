package org.wops.notifications.smtp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the SMTP client waits in each phase of a conversation, RFC 5321 section 4.5.3.2 by
 * default: the connection and the greeting 5 minutes, each command (EHLO, MAIL, RCPT...) 5 minutes,
 * the answer to DATA 2 minutes, each block of data 3 minutes, the answer to the end of the data
 * ("250 OK" after the final dot) 10 minutes. All of them settings ({@code wops.mail.timeout.*}), so
 * that a test can lower them.
 */
@ApplicationScoped
public class SmtpTimeouts {
  @Inject
  @ConfigProperty(name = "wops.mail.timeout.connect-seconds", defaultValue = "300")
  long connect;

  @Inject
  @ConfigProperty(name = "wops.mail.timeout.greeting-seconds", defaultValue = "300")
  long greeting;

  @Inject
  @ConfigProperty(name = "wops.mail.timeout.command-seconds", defaultValue = "300")
  long command;

  @Inject
  @ConfigProperty(name = "wops.mail.timeout.data-initiation-seconds", defaultValue = "120")
  long dataInitiation;

  @Inject
  @ConfigProperty(name = "wops.mail.timeout.data-block-seconds", defaultValue = "180")
  long dataBlock;

  @Inject
  @ConfigProperty(name = "wops.mail.timeout.data-termination-seconds", defaultValue = "600")
  long dataTermination;

  public int connectMillis() {
    return millis(connect);
  }

  public int greetingMillis() {
    return millis(greeting);
  }

  public int commandMillis() {
    return millis(command);
  }

  public int dataInitiationMillis() {
    return millis(dataInitiation);
  }

  public int dataBlockMillis() {
    return millis(dataBlock);
  }

  public int dataTerminationMillis() {
    return millis(dataTermination);
  }

  /**
   * The longest one message can take, from connecting to the answer to its data (EHLO, MAIL, RCPT
   * and RSET counted as commands), plus a margin: how long a dispatcher's claim on a message lasts
   * before another dispatcher may take it over.
   */
  public Duration longestSend() {
    return Duration.ofSeconds(
        connect + greeting + 4 * command + dataInitiation + dataBlock + dataTermination + 10);
  }

  private static int millis(long seconds) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, seconds) * 1000);
  }
}

package org.wops.domain.notification;

/**
 * Where a message of the outbox stands: waiting (or being retried); sent to the SMTP server with no
 * answer to the end of its data in time, so perhaps delivered (retried late, once); sent; or given
 * up after its last attempt.
 */
public enum OutboxStatus {
  PENDING,
  UNKNOWN,
  SENT,
  FAILED
}

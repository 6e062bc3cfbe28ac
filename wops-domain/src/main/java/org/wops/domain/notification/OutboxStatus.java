package org.wops.domain.notification;

/**
 * Where a message of the outbox stands: waiting (or being retried), sent, or given up after its
 * last attempt.
 */
public enum OutboxStatus {
  PENDING,
  SENT,
  FAILED
}

package org.wops.notifications;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the outbox dispatcher every few seconds and the milestone scan every so many minutes, on the
 * container's managed scheduler, from start-up (after the migrations) until shutdown.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class NotificationScheduler {
  private static final Logger LOG = Logger.getLogger(NotificationScheduler.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxDispatcher dispatcher;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "wops.notifications.dispatch-interval-seconds", defaultValue = "5")
  long dispatchInterval;

  @Inject
  @ConfigProperty(name = "wops.notifications.scan-interval-minutes", defaultValue = "60")
  long scanInterval;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  @PostConstruct
  void start() {
    if (!dispatcher.mailEnabled()) {
      LOG.warning(
          "Mail is off (wops.mail.enabled=false): notifications are kept in the outbox, not sent."
              + " See GET /api/v1/notifications/outbox.");
    }
    tasks.add(
        scheduler.scheduleWithFixedDelay(
            this::dispatch, dispatchInterval, dispatchInterval, TimeUnit.SECONDS));
    tasks.add(scheduler.scheduleWithFixedDelay(this::scan, 1, scanInterval * 60, TimeUnit.SECONDS));
  }

  private void dispatch() {
    try {
      while (dispatcher.dispatchBatch() > 0) {
        // keep going while there is work
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Outbox dispatch failed; will try again", e);
    }
  }

  private void scan() {
    try {
      dispatcher.scanMilestones(LocalDate.now(clock));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Milestone scan failed; will try again", e);
    }
  }

  @PreDestroy
  void stop() {
    tasks.forEach(t -> t.cancel(false));
  }
}

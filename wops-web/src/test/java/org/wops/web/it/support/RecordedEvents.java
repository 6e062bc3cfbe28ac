package org.wops.web.it.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.wops.domain.event.DomainEvent;

/**
 * Test-only observer: remembers every domain event the platform raised, to check which use case
 * raised what.
 */
@ApplicationScoped
public class RecordedEvents {
  private final List<DomainEvent> events = new CopyOnWriteArrayList<>();

  void record(@Observes DomainEvent event) {
    events.add(event);
  }

  public <T extends DomainEvent> List<T> of(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}

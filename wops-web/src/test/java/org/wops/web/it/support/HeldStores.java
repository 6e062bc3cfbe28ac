package org.wops.web.it.support;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.wops.domain.partnership.Compliance;
import org.wops.domain.partnership.Partnership;
import org.wops.domain.partnership.PartnershipRepository;

/**
 * Test-only: lets {@link ConcurrentEditor} hold a use case just before its partnership is written,
 * after it has read it, so that two use cases race to commit.
 */
@Decorator
@Dependent
@Priority(50)
public abstract class HeldStores implements PartnershipRepository {
  @Inject @Delegate PartnershipRepository delegate;
  @Inject ConcurrentEditor editor;

  @Override
  public Partnership store(Partnership partnership, Compliance compliance) {
    try {
      editor.beforeStore();
    } catch (Exception e) {
      throw new IllegalStateException("the race was not run: " + e, e);
    }
    return delegate.store(partnership, compliance);
  }
}

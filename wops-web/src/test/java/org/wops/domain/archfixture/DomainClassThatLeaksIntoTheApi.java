package org.wops.domain.archfixture;

import org.wops.api.ApiApplication;

/**
 * A deliberate leak, for ModuleGraphTest to prove its rule would catch one. Never part of the
 * product.
 */
public class DomainClassThatLeaksIntoTheApi {
  public ApiApplication api() {
    return new ApiApplication();
  }
}

package org.wops.web.type;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.wops.domain.type.PartnershipTypeRegistry;

/**
 * Finds the installed partnership types once, at start-up: the built-in plugin modules packaged in
 * this WAR, and the drop-in jars of the folder named by {@code wops.plugins.dir}
 * (WOPS_PLUGINS_DIR), if any.
 */
@ApplicationScoped
public class PartnershipTypes {

  @Inject
  @ConfigProperty(name = "wops.plugins.dir")
  Optional<String> pluginsDir;

  @Produces
  @Singleton
  PartnershipTypeRegistry registry() {
    return PartnershipTypeRegistry.discover(
        PartnershipTypes.class.getClassLoader(),
        pluginsDir.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of));
  }
}

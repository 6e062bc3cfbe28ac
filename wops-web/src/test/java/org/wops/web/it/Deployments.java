package org.wops.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment of the integration tests: the WAR that the build produced, as it is. */
public final class Deployments {
  private Deployments() {}

  /** target/wops.war, exactly as built (Failsafe passes its path as {@code wops.test.war}). */
  public static WebArchive platformWar() {
    File war = new File(System.getProperty("wops.test.war", "target/wops.war"));
    if (!war.isFile()) {
      throw new IllegalStateException(
          war + " does not exist: run the integration tests through Maven (verify).");
    }
    return ShrinkWrap.create(ZipImporter.class, "wops.war").importFrom(war).as(WebArchive.class);
  }
}

package org.wops.web.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Defaults handed to a run as a properties file ({@code -Dwops.run-defaults=/path/to/file}), below
 * the environment: the one-command run ({@code ./mvnw -Prun}) turns the demo data on and mail off
 * this way, and {@code WOPS_MAIL_ENABLED=true} (or any other environment variable) still wins. A
 * {@code -D} system property would outrank the environment (MicroProfile Config: system properties
 * 400, environment 300), which is what made {@code WOPS_MAIL_ENABLED} ineffective before.
 *
 * <p>The file's {@code config_ordinal} sets the ordinal (default {@value #DEFAULT_ORDINAL}: above
 * the WAR's own {@code microprofile-config.properties} at 100, below the environment at 300).
 */
public class RunDefaultsConfigSource implements ConfigSource {
  /** The system property (or environment variable WOPS_RUN_DEFAULTS) naming the file. */
  public static final String LOCATION = "wops.run-defaults";

  /**
   * The system property the one-command run sets to {@code http://localhost:<its port>/}: the run's
   * default {@code wops.base-url}, so that mail links follow {@code WOPS_HTTP_PORT} (a
   * WOPS_BASE_URL variable or the file's own {@code wops.base-url} still wins).
   */
  public static final String BASE_URL = "wops.run-base-url";

  static final int DEFAULT_ORDINAL = 150;

  private final Map<String, String> properties;
  private final int ordinal;
  private final String name;

  public RunDefaultsConfigSource() {
    this(location(), System.getProperty(BASE_URL));
  }

  RunDefaultsConfigSource(String location) {
    this(location, null);
  }

  RunDefaultsConfigSource(String location, String runBaseUrl) {
    Map<String, String> read = new HashMap<>();
    if (location != null && !location.isBlank()) {
      Properties p = new Properties();
      try (InputStream in = Files.newInputStream(Path.of(location))) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(
            "The run defaults " + location + " (" + LOCATION + ") cannot be read", e);
      }
      p.stringPropertyNames().forEach(k -> read.put(k, p.getProperty(k)));
    }
    if (runBaseUrl != null && !runBaseUrl.isBlank()) {
      read.putIfAbsent("wops.base-url", runBaseUrl.strip());
    }
    String configured = read.remove(CONFIG_ORDINAL);
    this.ordinal = configured == null ? DEFAULT_ORDINAL : Integer.parseInt(configured.strip());
    this.properties = Map.copyOf(read);
    this.name = "wops run defaults" + (location == null ? "" : " (" + location + ")");
  }

  private static String location() {
    String location = System.getProperty(LOCATION);
    return location != null ? location : System.getenv("WOPS_RUN_DEFAULTS");
  }

  @Override
  public Map<String, String> getProperties() {
    return properties;
  }

  @Override
  public Set<String> getPropertyNames() {
    return properties.keySet();
  }

  @Override
  public String getValue(String propertyName) {
    return properties.get(propertyName);
  }

  @Override
  public String getName() {
    return name;
  }

  @Override
  public int getOrdinal() {
    return ordinal;
  }
}

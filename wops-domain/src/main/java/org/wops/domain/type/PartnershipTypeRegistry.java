package org.wops.domain.type;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.wops.domain.shared.DomainRuleViolation;

/**
 * The partnership types installed in this platform, by id. Found at start-up: the domain's default
 * type, the built-in types on the application's class path (plugin modules packaged in the WAR),
 * and drop-in jars in a plugins folder. Ids must match {@value #ID_PATTERN}; ids starting with
 * {@value #RESERVED_PREFIX} are reserved for built-in types; a duplicate id is refused. Whatever is
 * refused or broken is logged and kept in {@link #problems()}; it never stops the other types from
 * working.
 */
public final class PartnershipTypeRegistry {
  public static final String ID_PATTERN = "[a-z][a-z0-9-]{1,39}";
  public static final String RESERVED_PREFIX = "wop";
  private static final Pattern ID = Pattern.compile(ID_PATTERN);
  private static final Logger LOG = Logger.getLogger(PartnershipTypeRegistry.class.getName());

  /** An installed type and where it came from ({@code built-in} or the jar's file name). */
  public record Installed(PartnershipType type, String source, boolean builtIn) {}

  private final Map<String, Installed> types = new TreeMap<>();
  private final List<String> problems = new ArrayList<>();

  private PartnershipTypeRegistry() {}

  /** A registry of exactly these types, all treated as built-in (for tests and tools). */
  public static PartnershipTypeRegistry of(PartnershipType... installed) {
    PartnershipTypeRegistry registry = new PartnershipTypeRegistry();
    for (PartnershipType t : installed) {
      registry.register(t, "built-in", true);
    }
    return registry;
  }

  /**
   * Finds the installed types: the default type, the built-in types visible to {@code builtIns},
   * and the types of each jar in {@code pluginsDir} (when given), loaded in a class loader of its
   * own whose parent is {@code builtIns}.
   */
  public static PartnershipTypeRegistry discover(ClassLoader builtIns, Optional<Path> pluginsDir) {
    PartnershipTypeRegistry registry = new PartnershipTypeRegistry();
    registry.register(new DefaultWopType(), "built-in", true);
    registry.loadFrom(ServiceLoader.load(PartnershipType.class, builtIns), null, "built-in", true);
    pluginsDir.ifPresent(dir -> registry.loadDropIns(dir, builtIns));
    LOG.info(
        () ->
            "Partnership types installed: "
                + registry.types.values().stream()
                    .map(i -> i.type().id() + " (" + i.source() + ")")
                    .toList()
                + (registry.problems.isEmpty() ? "" : "; problems: " + registry.problems));
    return registry;
  }

  private void loadDropIns(Path dir, ClassLoader parent) {
    if (!Files.isDirectory(dir)) {
      problem(
          "The plugins folder " + dir + " does not exist; no drop-in partnership type was loaded.");
      return;
    }
    List<Path> jars;
    try (Stream<Path> files = Files.list(dir)) {
      jars = files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
    } catch (IOException e) {
      problem("Cannot read the plugins folder " + dir + ": " + e.getMessage());
      return;
    }
    for (Path jar : jars) {
      String source = jar.getFileName().toString();
      URLClassLoader loader;
      try {
        loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, parent);
      } catch (MalformedURLException e) {
        problem(source + ": not a readable jar (" + e.getMessage() + ").");
        continue;
      }
      int before = types.size();
      int problemsBefore = problems.size();
      loadFrom(ServiceLoader.load(PartnershipType.class, loader), loader, source, false);
      if (types.size() == before && problems.size() == problemsBefore) {
        problem(
            source
                + ": no partnership type found (the jar needs META-INF/services/"
                + PartnershipType.class.getName()
                + ").");
      }
    }
  }

  /**
   * Loads the providers of {@code services}; with {@code only} set, those defined by that class
   * loader alone.
   */
  private void loadFrom(
      ServiceLoader<PartnershipType> services, ClassLoader only, String source, boolean builtIn) {
    var providers = services.stream().iterator();
    while (true) {
      ServiceLoader.Provider<PartnershipType> provider;
      try {
        if (!providers.hasNext()) {
          return;
        }
        provider = providers.next();
      } catch (ServiceConfigurationError | LinkageError e) {
        problem(source + ": a partnership type could not be loaded: " + e.getMessage());
        if (only != null) {
          return; // a broken service file in a drop-in jar: nothing more can be read from it
        }
        continue;
      }
      try {
        if (only != null && provider.type().getClassLoader() != only) {
          continue; // a built-in type seen again through the drop-in's parent class loader
        }
        register(provider.get(), source, builtIn);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problem(source + ": a partnership type could not be created: " + e);
      }
    }
  }

  private void register(PartnershipType type, String source, boolean builtIn) {
    String id = type.id();
    if (id == null || !ID.matcher(id).matches()) {
      problem(
          source + ": the type id '" + id + "' does not match " + ID_PATTERN + "; type ignored.");
    } else if (!builtIn && id.startsWith(RESERVED_PREFIX)) {
      problem(
          source
              + ": the type id '"
              + id
              + "' starts with '"
              + RESERVED_PREFIX
              + "', which is reserved for built-in types; type ignored.");
    } else if (types.containsKey(id)) {
      problem(
          source
              + ": the type id '"
              + id
              + "' is already installed (from "
              + types.get(id).source()
              + "); type ignored.");
    } else {
      types.put(id, new Installed(type, source, builtIn));
    }
  }

  private void problem(String message) {
    problems.add(message);
    LOG.warning(message);
  }

  public Optional<PartnershipType> find(String id) {
    return Optional.ofNullable(id).map(types::get).map(Installed::type);
  }

  /**
   * The type with this id; a rule violation naming the field {@code typeId} when none is installed.
   */
  public PartnershipType require(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new DomainRuleViolation(
                    "partnership.type.unknown",
                    "typeId",
                    "'"
                        + id
                        + "' is not an installed partnership type (installed: "
                        + String.join(", ", types.keySet())
                        + ").",
                    id,
                    List.copyOf(types.keySet())));
  }

  /** The installed types, sorted by id. */
  public Collection<Installed> installed() {
    return Collections.unmodifiableCollection(types.values());
  }

  public List<PartnershipType> all() {
    return types.values().stream().map(Installed::type).toList();
  }

  /** What was refused or broken at discovery, one readable line each. */
  public List<String> problems() {
    return List.copyOf(problems);
  }
}

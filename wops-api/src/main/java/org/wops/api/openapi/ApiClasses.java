package org.wops.api.openapi;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.wops.api.ApiApplication;

/**
 * The JAX-RS resource classes of the API (every class with {@code @Path} in the jar or folder that
 * holds {@link ApiApplication}), found the way the container finds them, so that no list has to be
 * kept by hand.
 */
public final class ApiClasses {
  private static final String PACKAGE = "org/wops/api/";

  private ApiClasses() {}

  public static List<Class<?>> resources() {
    List<Class<?>> found = new ArrayList<>();
    for (String name : classNames()) {
      try {
        Class<?> type = Class.forName(name, false, ApiApplication.class.getClassLoader());
        if (type.isAnnotationPresent(Path.class)) {
          found.add(type);
        }
      } catch (ClassNotFoundException | LinkageError skipped) {
        // not loadable here: not a resource of this deployment
      }
    }
    found.sort(Comparator.comparing(Class::getName));
    return found;
  }

  private static List<String> classNames() {
    try {
      java.nio.file.Path location =
          java.nio.file.Path.of(
              ApiApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      List<String> names = new ArrayList<>();
      if (Files.isDirectory(location)) {
        try (Stream<java.nio.file.Path> files = Files.walk(location)) {
          files
              .map(p -> location.relativize(p).toString().replace('\\', '/'))
              .filter(ApiClasses::isTopLevelClass)
              .forEach(n -> names.add(toClassName(n)));
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          jar.stream()
              .map(JarEntry::getName)
              .filter(ApiClasses::isTopLevelClass)
              .forEach(n -> names.add(toClassName(n)));
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean isTopLevelClass(String entry) {
    return entry.startsWith(PACKAGE) && entry.endsWith(".class") && !entry.contains("$");
  }

  private static String toClassName(String entry) {
    return entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
  }
}

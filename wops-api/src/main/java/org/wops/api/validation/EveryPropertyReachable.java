package org.wops.api.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may read and cascade into every property (META-INF/validation.xml). What it
 * validates here are the API's inputs — plain objects, never JPA entities (the domain carries no
 * constraints and the persistence unit validates nothing) — so the default resolver's question to
 * every persistence provider, "is this property loaded?", asked for each property of each request's
 * parameters, can only ever be answered yes; EclipseLink answers it under a lock that the load
 * benchmark showed requests queueing on (docs/BENCHMARKS.md, session 12).
 */
public class EveryPropertyReachable implements TraversableResolver {
  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}

package org.wops.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wops.domain.archfixture.DomainClassThatLeaksIntoTheApi;

/**
 * The module graph is the architecture: the domain depends on nothing of ours; persistence, API and
 * notifications depend on the domain and not on each other; nothing depends on the web module;
 * plugins depend on the domain only.
 */
class ModuleGraphTest {
  private static final String DOMAIN = "org.wops.domain..";
  private static final String PERSISTENCE = "org.wops.persistence..";
  private static final String API = "org.wops.api..";
  private static final String NOTIFICATIONS = "org.wops.notifications..";
  private static final String WEB = "org.wops.web..";
  private static final String PLUGINS = "org.wops.plugins..";

  static final ArchRule DOMAIN_DEPENDS_ON_NOTHING_OF_OURS =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PERSISTENCE, API, NOTIFICATIONS, WEB, PLUGINS)
          .because("wops-domain depends on nothing of ours");

  static final ArchRule PERSISTENCE_IS_ONLY_STORAGE =
      noClasses()
          .that()
          .resideInAPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(API, NOTIFICATIONS, WEB, PLUGINS);

  static final ArchRule API_DOES_NOT_REACH_INTO_STORAGE_OR_MAIL =
      noClasses()
          .that()
          .resideInAPackage(API)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PERSISTENCE, NOTIFICATIONS, WEB, PLUGINS);

  static final ArchRule NOTIFICATIONS_DEPEND_ON_THE_DOMAIN_ONLY =
      noClasses()
          .that()
          .resideInAPackage(NOTIFICATIONS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PERSISTENCE, API, WEB, PLUGINS);

  static final ArchRule PLUGINS_DEPEND_ON_THE_DOMAIN_ONLY =
      noClasses()
          .that()
          .resideInAPackage(PLUGINS)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(PERSISTENCE, API, NOTIFICATIONS, WEB)
          .allowEmptyShould(true);

  /**
   * Caching is an adapter's business (one place: {@code KeptPartnershipReads} and the API's kept
   * answers), and so is the transaction machinery: the domain marks its use cases
   * {@code @Transactional} and nothing more.
   */
  static final ArchRule DOMAIN_KEEPS_NO_CACHE_AND_NO_TRANSACTION_MACHINERY =
      noClasses()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .dependOnClassesThat(
              com.tngtech.archunit.base.DescribedPredicate.describe(
                  "a cache or the JTA API beyond @Transactional",
                  (com.tngtech.archunit.core.domain.JavaClass c) ->
                      c.getPackageName().startsWith("com.github.benmanes")
                          || c.getPackageName().startsWith("javax.cache")
                          || (c.getPackageName().startsWith("jakarta.transaction")
                              && !c.getName().startsWith("jakarta.transaction.Transactional"))))
          .because("the domain depends on no cache and no JTA API (issue 15)");

  /**
   * The API reads and changes through use cases, never through a repository; neither the API nor
   * the pages change a partnership but through a use case (its runner and its change are the use
   * cases' own).
   */
  static final ArchRule THE_API_CALLS_NO_REPOSITORY =
      noClasses()
          .that()
          .resideInAPackage(API)
          .should()
          .dependOnClassesThat()
          .haveSimpleNameEndingWith("Repository")
          .because("adapters call use cases, not repositories (issue 15)");

  static final ArchRule ADAPTERS_CHANGE_PARTNERSHIPS_THROUGH_USE_CASES =
      noClasses()
          .that()
          .resideInAnyPackage(API, WEB)
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.wops.domain.partnership.PartnershipRepository")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.wops.domain.partnership.PartnershipWork")
          .orShould()
          .dependOnClassesThat()
          .haveFullyQualifiedName("org.wops.domain.partnership.PartnershipChange")
          .because("a partnership changes only inside a use case's transaction (issue 15)");

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.wops");
  }

  @Test
  void theDomainDependsOnNothingOfOurs() {
    DOMAIN_DEPENDS_ON_NOTHING_OF_OURS.check(production);
  }

  @Test
  void theDomainKeepsNoCacheAndNoTransactionMachinery() {
    DOMAIN_KEEPS_NO_CACHE_AND_NO_TRANSACTION_MACHINERY.check(production);
  }

  @Test
  void persistenceApiAndNotificationsDoNotImportEachOther() {
    PERSISTENCE_IS_ONLY_STORAGE.check(production);
    API_DOES_NOT_REACH_INTO_STORAGE_OR_MAIL.check(production);
    NOTIFICATIONS_DEPEND_ON_THE_DOMAIN_ONLY.check(production);
  }

  @Test
  void adaptersGoThroughUseCases() {
    THE_API_CALLS_NO_REPOSITORY.check(production);
    ADAPTERS_CHANGE_PARTNERSHIPS_THROUGH_USE_CASES.check(production);
  }

  @Test
  void pluginsDependOnTheDomainOnly() {
    PLUGINS_DEPEND_ON_THE_DOMAIN_ONLY.check(production);
  }

  @Test
  void theRulesSeeEveryModule() {
    org.assertj.core.api.Assertions.assertThat(production.stream().map(c -> c.getPackageName()))
        .anyMatch(p -> p.startsWith("org.wops.domain"))
        .anyMatch(p -> p.startsWith("org.wops.persistence"))
        .anyMatch(p -> p.startsWith("org.wops.api"))
        .anyMatch(p -> p.startsWith("org.wops.notifications"))
        .anyMatch(p -> p.startsWith("org.wops.web"));
  }

  @Test
  void aDomainClassThatImportsTheApiBreaksTheBuild() {
    JavaClasses leaking =
        new ClassFileImporter().importClasses(DomainClassThatLeaksIntoTheApi.class);

    assertThatThrownBy(() -> DOMAIN_DEPENDS_ON_NOTHING_OF_OURS.check(leaking))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DomainClassThatLeaksIntoTheApi");
  }
}

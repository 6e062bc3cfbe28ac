package org.wops.persistence.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.wops.domain.reference.Region;

class FilterColumnsTest {

  @Test
  void theRegionsOfThePartnershipsCountriesAreStoredForTheRegionFilter() {
    assertThat(FilterColumns.regionsOf(Set.of("KE", "PE", "UG", "XX")))
        .isEqualTo("|AFRICA|LATIN_AMERICA_CARIBBEAN|");
    assertThat(FilterColumns.regionsOf(Set.of())).isEqualTo("||");
    assertThat(FilterColumns.regionsOf(Set.of("KE", "PE")))
        .contains(FilterColumns.regionToken(Region.AFRICA))
        .doesNotContain(FilterColumns.regionToken(Region.EUROPE));
  }
}

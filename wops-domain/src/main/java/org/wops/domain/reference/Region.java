package org.wops.domain.reference;

import java.util.Optional;
import java.util.Set;

/**
 * The world's regions as WOP platforms cover them, each with its countries (ISO 3166-1 alpha-2).
 */
public enum Region {
  AFRICA(
      "DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA"
          + " NE NG RW ST SN SC SL SO ZA SS SD TZ TG TN UG ZM ZW EH"),
  LATIN_AMERICA_CARIBBEAN(
      "AR BO BR CL CO CR CU DO EC SV GT HN MX NI PA PY PE UY VE AG BS BB BZ DM GD GY HT JM KN LC VC SR TT PR"),
  ASIA_PACIFIC(
      "AF BD BT BN KH CN IN ID JP KZ KG LA MY MV MN MM NP KP KR PK PH SG LK TW TJ TH TL TM UZ VN AU FJ KI MH FM NR NZ"
          + " PW PG WS SB TO TV VU"),
  EUROPE(
      "AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FI FR GE DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO PL PT"
          + " RO RU SM RS SK SI ES SE CH TR UA GB"),
  MIDDLE_EAST("BH IQ IR IL JO KW LB OM PS QA SA SY AE YE");

  private final Set<String> countries;

  Region(String countries) {
    this.countries = Set.of(countries.split(" "));
  }

  /** The region's countries (ISO 3166-1 alpha-2). */
  public Set<String> countries() {
    return countries;
  }

  public boolean contains(String country) {
    return country != null && countries.contains(country);
  }

  public static Optional<Region> of(String country) {
    for (Region r : values()) {
      if (r.contains(country)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}

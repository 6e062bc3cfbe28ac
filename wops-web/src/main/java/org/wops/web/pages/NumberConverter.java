package org.wops.web.pages;

import jakarta.faces.convert.FacesConverter;

/**
 * A number that is no amount (a result's baseline, target or actual value: "39", "12,5"), read as
 * {@link AmountConverter} reads amounts, its refusal worded for a number rather than for money.
 */
@FacesConverter("wops.number")
public class NumberConverter extends AmountConverter {
  @Override
  String invalid() {
    return "number.invalid";
  }
}

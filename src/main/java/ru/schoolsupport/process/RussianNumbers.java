package ru.schoolsupport.process;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as a Russian reader writes them wherever a person sees them (forms, reports, mails): a
 * decimal comma, no trailing zeros, at most two decimals («42,5», «12»), a percentage with its sign
 * after a space («42,5 %»).
 */
public final class RussianNumbers {

  private RussianNumbers() {
  }

  /** «42,5»; empty for null. */
  public static String decimal(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
  }

  /** «42,5 %»; a dash for null. */
  public static String percent(BigDecimal share) {
    return share == null ? "—" : decimal(share) + " %";
  }
}

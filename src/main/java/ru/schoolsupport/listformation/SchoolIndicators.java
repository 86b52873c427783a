package ru.schoolsupport.listformation;

import java.math.BigDecimal;

/**
 * A school's results and social context for one year; any value may be missing.
 *
 * @param vprFailShare share of unsatisfactory ВПР results, %
 * @param ogeAverage average ОГЭ mark (2–5)
 * @param egeAverage average ЕГЭ score (0–100)
 * @param belowMinShare share of ОГЭ/ЕГЭ results below the minimum, %
 * @param socialIndex social well-being index (0–1, lower is worse)
 */
public record SchoolIndicators(String schoolCode, int year, BigDecimal vprFailShare, BigDecimal ogeAverage,
    BigDecimal egeAverage, BigDecimal belowMinShare, BigDecimal socialIndex) {
}

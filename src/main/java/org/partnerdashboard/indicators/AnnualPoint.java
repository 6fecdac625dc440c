package org.partnerdashboard.indicators;

/**
 * One year's BLS annual averages for an industry in an area: employment and wages null where withheld.
 *
 * @param employmentChangePercent BLS's over-the-year change of the average employment, on BLS's base
 * @param employmentQuotient      BLS's location quotient of the average employment
 */
public record AnnualPoint(String industryCode, String areaFips, int year, boolean disclosed, Integer establishments,
        Integer employment, Integer averageWeeklyWage, Integer averageAnnualPay, Double employmentChangePercent,
        Double employmentQuotient, String source) {
}

package org.partnerdashboard.indicators;

import java.math.BigDecimal;

/**
 * One kept line of a BLS annual-averages file: a year's averages for private manufacturing in a followed area.
 * Employment and wages (and their quotients and changes) are null where BLS withheld them.
 */
record AnnualRow(long line, String industryCode, String areaFips, int year, boolean disclosed, Integer establishments,
        Integer employment, Long totalWages, Integer weeklyWage, Integer annualPay, BigDecimal lqEstablishments,
        BigDecimal lqEmployment, BigDecimal lqWeeklyWage, Integer otyEstablishments, Integer otyEmployment,
        Integer otyWeeklyWage) {

    String key() {
        return industryCode + "|" + areaFips + "|" + year;
    }
}

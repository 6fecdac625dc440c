package org.partnerdashboard.indicators;

/**
 * One kept line of a QCEW file: private-ownership manufacturing (31-33 or a subsector 311-339) in a Chicago-area
 * county or the metro area. When not disclosed, employment and wages are null; the establishment count stays, as BLS
 * publishes it.
 */
record QcewRow(long line, String industryCode, String areaFips, int year, int quarter, boolean disclosed,
        Integer establishments, Integer month1, Integer month2, Integer month3, Long totalWages,
        Integer averageWeeklyWage, BlsComparisons comparisons) {

    String key() {
        return industryCode + "|" + areaFips + "|" + year + "|" + quarter;
    }
}

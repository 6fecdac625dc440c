package org.partnerdashboard.indicators;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;
import org.partnerdashboard.base.AbstractEntity;

/** One year's BLS annual averages for one industry in one area, as published (see {@link AnnualRow}). */
@Entity
class AnnualIndicator extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "annual_indicator_seq")
    @SequenceGenerator(name = "annual_indicator_seq", sequenceName = "annual_indicator_seq", allocationSize = 50)
    private Long id;

    private String industryCode;
    private String areaFips;
    private int periodYear;
    private boolean disclosed;
    private Integer establishments;
    private Integer averageEmployment;
    private Long totalWages;
    private Integer averageWeeklyWage;
    private Integer averageAnnualPay;
    private BigDecimal lqEstablishments;
    private BigDecimal lqEmployment;
    private BigDecimal lqAverageWeeklyWage;
    private Integer otyEstablishments;
    private Integer otyEmployment;
    private Integer otyAverageWeeklyWage;
    private String source;

    protected AnnualIndicator() {
    }

    AnnualIndicator(AnnualRow row, String source) {
        this.industryCode = row.industryCode();
        this.areaFips = row.areaFips();
        this.periodYear = row.year();
        this.source = source;
        apply(row);
    }

    /** Takes the row's figures; returns whether any differed from those stored (a BLS revision). */
    boolean apply(AnnualRow row) {
        List<Object> before = figures();
        disclosed = row.disclosed();
        establishments = row.establishments();
        averageEmployment = row.employment();
        totalWages = row.totalWages();
        averageWeeklyWage = row.weeklyWage();
        averageAnnualPay = row.annualPay();
        lqEstablishments = scaled(row.lqEstablishments());
        lqEmployment = scaled(row.lqEmployment());
        lqAverageWeeklyWage = scaled(row.lqWeeklyWage());
        otyEstablishments = row.otyEstablishments();
        otyEmployment = row.otyEmployment();
        otyAverageWeeklyWage = row.otyWeeklyWage();
        return !before.equals(figures());
    }

    private List<Object> figures() {
        return Arrays.asList(disclosed, establishments, averageEmployment, totalWages, averageWeeklyWage,
                averageAnnualPay, lqEstablishments, lqEmployment, lqAverageWeeklyWage, otyEstablishments,
                otyEmployment, otyAverageWeeklyWage);
    }

    private static BigDecimal scaled(BigDecimal quotient) {
        return quotient == null ? null : quotient.setScale(2, RoundingMode.HALF_UP);
    }

    /** As the explorer shows it: the employment change over BLS's own base (the average a year before). */
    AnnualPoint toPoint() {
        Double change = otyEmployment == null || averageEmployment == null || averageEmployment - otyEmployment == 0
                ? null : 100.0 * otyEmployment / (averageEmployment - otyEmployment);
        return new AnnualPoint(industryCode, areaFips, periodYear, disclosed, establishments, averageEmployment,
                averageWeeklyWage, averageAnnualPay, change, lqEmployment == null ? null : lqEmployment.doubleValue(),
                source);
    }

    @Override
    public Long getId() {
        return id;
    }

    String key() {
        return industryCode + "|" + areaFips + "|" + periodYear;
    }
}

package org.partnerdashboard.indicators;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.partnerdashboard.base.AbstractEntity;

/**
 * One quarter's figures for one industry (a subsector 311-339, or "31-33") in one area, from one source.
 * When the source did not disclose employment and wages, they are null: unknown, never zero; BLS still publishes the
 * establishment count, which stays.
 */
@Entity
class SubsectorIndicator extends AbstractEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subsector_indicator_seq")
    @SequenceGenerator(name = "subsector_indicator_seq", sequenceName = "subsector_indicator_seq", allocationSize = 50)
    private Long id;

    @NotBlank
    @Size(max = 5)
    private String industryCode;

    @NotBlank
    @Size(max = 5)
    private String areaFips;

    @Min(1990)
    @Max(2100)
    private int periodYear;

    @Min(1)
    @Max(4)
    private int periodQuarter;

    private boolean disclosed;

    private Integer establishments;

    private Integer month1Employment;

    private Integer month2Employment;

    private Integer month3Employment;

    private Long totalWages;

    private Integer averageWeeklyWage;

    @NotBlank
    @Size(max = 100)
    private String source;

    @Embedded
    private BlsComparisons comparisons;

    protected SubsectorIndicator() {
    }

    public SubsectorIndicator(String industryCode, String areaFips, int periodYear, int periodQuarter, String source) {
        this.industryCode = industryCode;
        this.areaFips = areaFips;
        this.periodYear = periodYear;
        this.periodQuarter = periodQuarter;
        this.source = source;
    }

    /** Records that the source withheld employment and wages: unknown, never zero. */
    public void withhold(Integer establishments, BlsComparisons comparisons) {
        this.disclosed = false;
        this.establishments = establishments;
        this.comparisons = comparisons;
        this.month1Employment = null;
        this.month2Employment = null;
        this.month3Employment = null;
        this.totalWages = null;
        this.averageWeeklyWage = null;
    }

    /** Records disclosed figures. */
    public void disclose(int establishments, int month1, int month2, int month3, long totalWages, int averageWeeklyWage,
            BlsComparisons comparisons) {
        this.disclosed = true;
        this.comparisons = comparisons;
        this.establishments = establishments;
        this.month1Employment = month1;
        this.month2Employment = month2;
        this.month3Employment = month3;
        this.totalWages = totalWages;
        this.averageWeeklyWage = averageWeeklyWage;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getIndustryCode() {
        return industryCode;
    }

    public String getAreaFips() {
        return areaFips;
    }

    public int getPeriodYear() {
        return periodYear;
    }

    public int getPeriodQuarter() {
        return periodQuarter;
    }

    public boolean isDisclosed() {
        return disclosed;
    }

    public Integer getEstablishments() {
        return establishments;
    }

    public Integer getMonth1Employment() {
        return month1Employment;
    }

    public Integer getMonth2Employment() {
        return month2Employment;
    }

    public Integer getMonth3Employment() {
        return month3Employment;
    }

    public Long getTotalWages() {
        return totalWages;
    }

    public Integer getAverageWeeklyWage() {
        return averageWeeklyWage;
    }

    public String getSource() {
        return source;
    }

    /** BLS's quotients and changes; none for other sources (an all-empty embeddable is read back as null). */
    BlsComparisons getComparisons() {
        return comparisons == null ? BlsComparisons.NONE : comparisons;
    }
}

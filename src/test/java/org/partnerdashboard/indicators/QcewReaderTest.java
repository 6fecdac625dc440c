package org.partnerdashboard.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Reading BLS QCEW CSV: both column layouts, private ownership only, withheld cells as unknown, problems by line. */
class QcewReaderTest {

    private static final String HEADER = "area_fips,own_code,industry_code,agglvl_code,size_code,year,qtr,"
            + "disclosure_code,qtrly_estabs,month1_emplvl,month2_emplvl,month3_emplvl,total_qtrly_wages,avg_wkly_wage";
    private static final Set<String> AREAS = Set.of("17031");
    private static final Set<String> INDUSTRIES = Set.of("31-33", "332");

    private static QcewReader.Parsed read(String csv) {
        return QcewReader.read(new StringReader(csv), AREAS, INDUSTRIES);
    }

    @Test
    void keepsPrivateRowsOfTheWantedAreasAndIndustries() {
        QcewReader.Parsed parsed = read(HEADER + "\n"
                + "17031,5,332,74,0,2016,1,,1138,30700,30800,30804,390000000,976\n"
                + "17031,1,332,74,0,2016,1,,3,10,10,10,100000,800\n"
                + "17043,5,332,74,0,2016,1,,400,9000,9000,9000,100000000,850\n"
                + "17031,5,333,74,0,2016,1,,500,9000,9000,9000,100000000,850\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.ignored()).isEqualTo(3);
        assertThat(parsed.otherAreas()).as("areas the file holds beyond the wanted ones").containsExactly("17043");
        QcewRow row = parsed.rows().getFirst();
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.establishments()).isEqualTo(1138);
        assertThat(row.month3()).isEqualTo(30804);
        assertThat(row.averageWeeklyWage()).isEqualTo(976);
        assertThat(row.disclosed()).isTrue();
    }

    @Test
    void readsThe2016LayoutWhoseEstablishmentsColumnHadAnotherName() {
        QcewReader.Parsed parsed = read(HEADER.replace("qtrly_estabs", "qtrly_estabs_count") + "\n"
                + "17031,5,31-33,73,0,2016,1,,6500,190000,191000,192000,3000000000,1100\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows().getFirst().establishments()).isEqualTo(6500);
    }

    @Test
    void aWithheldRowIsNotDisclosed() {
        QcewReader.Parsed parsed = read(HEADER + "\n17031,5,332,74,0,2016,1,N,1138,0,0,0,0,0\n");

        assertThat(parsed.rows().getFirst().disclosed()).isFalse();
    }

    @Test
    void aFileThatIsNotQcewNamesTheMissingColumns() {
        QcewReader.Parsed parsed = read("name,value\nx,1\n");

        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("qcew.error.not-qcew");
            assertThat(p.arguments().getFirst()).contains("area_fips", "qtrly_estabs");
        });
    }

    @Test
    void brokenRowsAreReportedByLine() {
        QcewReader.Parsed parsed = read(HEADER + "\n17031,5,332,74,0,2016,1,,1138\n"
                + "17031,5,332,74,0,2016,2,,many,1,1,1,1,1\n");

        assertThat(parsed.problems()).extracting(ImportProblem::line).containsExactly(2L, 3L);
        assertThat(parsed.problems().getFirst().messageKey()).isEqualTo("qcew.error.field-count");
    }

    @Test
    void anEmptyFileSaysSo() {
        assertThat(read(HEADER + "\n").problems()).extracting(ImportProblem::messageKey)
                .containsExactly("qcew.error.empty");
    }

    @Test
    void anAnnualAveragesFileIsReadWithItsOwnColumns() {
        QcewReader.Parsed parsed = read("area_fips,own_code,industry_code,agglvl_code,size_code,year,qtr,"
                + "disclosure_code,annual_avg_estabs,annual_avg_emplvl,total_annual_wages,annual_avg_wkly_wage,"
                + "avg_annual_pay,lq_disclosure_code,lq_annual_avg_estabs,lq_annual_avg_emplvl,lq_annual_avg_wkly_wage,"
                + "oty_disclosure_code,oty_annual_avg_estabs_chg,oty_annual_avg_emplvl_chg,oty_annual_avg_wkly_wage_chg\n"
                + "17031,5,332,74,0,2016,A,,1140,30650,1700000000,1066,55433,,1.19,1.2,0.93,,-50,-700,12\n"
                + "17031,5,31-33,73,0,2016,A,N,4800,0,0,0,0,N,1.1,0,0,N,-20,0,0\n"
                + "17031,5,332,74,0,2016,1,,1,1,1,1,1,,,,,,,,\n");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).isEmpty();
        assertThat(parsed.ignored()).as("a quarter's line in an annual file").isEqualTo(1);
        assertThat(parsed.annual()).hasSize(2);
        AnnualRow metal = parsed.annual().getFirst();
        assertThat(metal.employment()).isEqualTo(30650);
        assertThat(metal.annualPay()).isEqualTo(55433);
        assertThat(metal.lqEmployment()).isEqualByComparingTo("1.2");
        assertThat(metal.otyEmployment()).isEqualTo(-700);
        AnnualRow withheld = parsed.annual().get(1);
        assertThat(withheld.disclosed()).isFalse();
        assertThat(withheld.establishments()).isEqualTo(4800);
        assertThat(withheld.employment()).isNull();
        assertThat(withheld.lqEstablishments()).isEqualByComparingTo("1.1");
        assertThat(withheld.lqEmployment()).isNull();
        assertThat(withheld.otyEstablishments()).isEqualTo(-20);
    }
}

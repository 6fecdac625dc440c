package org.partnerdashboard.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each way real supplier lists write a value, and what the importer reads from it. */
class SupplierListValuesTest {

    private static final Set<String> INDUSTRIES = Set.of("332710", "333517", "332722");
    private static final Set<String> SUBSECTORS = Set.of("311", "326", "332", "333");
    private static final Map<String, String> COUNTIES = Map.of("Cook County", "17031", "DuPage County", "17043",
            "McHenry County", "17111");

    @Test
    void packedNaicsCellsWithCertificationSuffixes() {
        SupplierListValues.NaicsCodes codes = SupplierListValues.naics("332710-MBE/DBE, 333517-SBE", INDUSTRIES,
                SUBSECTORS);

        assertThat(codes.industries()).containsExactly("332710", "333517");
        assertThat(codes.primarySubsector()).isEqualTo("332");
        assertThat(codes.other()).isEmpty();
        assertThat(codes.certifications()).containsExactly("MBE/DBE", "SBE");
    }

    @Test
    void shortAndNonManufacturingCodesAreKeptAndTheFirstManufacturingOneIsPrimary() {
        SupplierListValues.NaicsCodes codes = SupplierListValues.naics("541330; 33; 3261 | 332722", INDUSTRIES,
                SUBSECTORS);

        assertThat(codes.primarySubsector()).as("541330 is engineering, 33 names no subsector").isEqualTo("326");
        assertThat(codes.industries()).containsExactly("332722");
        assertThat(codes.other()).containsExactly("541330", "33", "3261");
    }

    @Test
    void aListWithoutManufacturingCodesIsAServiceProvider() {
        SupplierListValues.NaicsCodes codes = SupplierListValues.naics("541330, 561720", INDUSTRIES, SUBSECTORS);

        assertThat(codes.primarySubsector()).isNull();
        assertThat(codes.other()).containsExactly("541330", "561720");
        assertThat(SupplierListValues.naics("", INDUSTRIES, SUBSECTORS).primarySubsector()).isNull();
    }

    @Test
    void certificationsWrittenManyWays() {
        SupplierListValues.Certifications read = SupplierListValues.certifications(List.of(
                "Minority Business Enterprise; M/WBE", "SDVOSB, ISO 9001:2015", "AS9100D|IATF16949", "Woman-owned",
                "HUBZone, SBE, Small Disadvantaged Business", "Veteran Owned", "Disadvantaged Business Enterprise"));

        assertThat(read.quality()).containsExactlyInAnyOrder(QualityCertification.ISO_9001, QualityCertification.AS9100,
                QualityCertification.IATF_16949);
        assertThat(read.diversity()).containsExactlyInAnyOrder(DiversityCertification.MBE, DiversityCertification.WBE,
                DiversityCertification.SDVOSB, DiversityCertification.HUBZONE, DiversityCertification.DBE,
                DiversityCertification.VOSB);
        assertThat(read.other()).as("kept as written: SBA's SDB is not DOT's DBE").containsExactly("SBE",
                "Small Disadvantaged Business");
    }

    @Test
    void zipCodesAsListsWriteThem() {
        assertThat(SupplierListValues.zip("60608")).contains("60608");
        assertThat(SupplierListValues.zip("60608-1234")).contains("60608-1234");
        assertThat(SupplierListValues.zip("606081234")).contains("60608-1234");
        assertThat(SupplierListValues.zip("60608-")).contains("60608");
        assertThat(SupplierListValues.zip("60608.0")).as("a spreadsheet's number").contains("60608");
        assertThat(SupplierListValues.zip("2134")).as("a lost leading zero").contains("02134");
        assertThat(SupplierListValues.zip("2134-5678")).contains("02134-5678");
        assertThat(SupplierListValues.zip("6060")).as("four digits are a Massachusetts-style loss").contains("06060");
        assertThat(SupplierListValues.zip("Chicago")).isEmpty();
        assertThat(SupplierListValues.zip("60")).isEmpty();
    }

    @Test
    void statesByCodeOrName() {
        assertThat(SupplierListValues.state("IL")).contains("IL");
        assertThat(SupplierListValues.state(" il ")).contains("IL");
        assertThat(SupplierListValues.state("Illinois")).contains("IL");
        assertThat(SupplierListValues.state("ILL.")).contains("IL");
        assertThat(SupplierListValues.state("New  York")).contains("NY");
        assertThat(SupplierListValues.state("Ontario")).isEmpty();
    }

    @Test
    void phonesInAnyPunctuation() {
        assertThat(SupplierListValues.phone("312.555.0100")).contains("(312) 555-0100");
        assertThat(SupplierListValues.phone("+1 (312) 555-0100")).contains("(312) 555-0100");
        assertThat(SupplierListValues.phone("3125550100 ext. 12")).contains("(312) 555-0100 x12");
        assertThat(SupplierListValues.phone("555-0100")).isEmpty();
    }

    @Test
    void websitesWithoutASchemeAndTheirDomains() {
        assertThat(SupplierListValues.website("www.Acme-Tool.com")).contains("https://www.acme-tool.com");
        assertThat(SupplierListValues.website("http://acme.com/Tools")).contains("http://acme.com/Tools");
        assertThat(SupplierListValues.website("not a site")).isEmpty();
        assertThat(SupplierListValues.domain("https://www.ACME.com/tools")).isEqualTo("acme.com");
        assertThat(SupplierListValues.domain("acme.com")).isEqualTo("acme.com");
    }

    @Test
    void emailsAreValidatedAndHeadCountsRead() {
        assertThat(SupplierListValues.email(" Ana@Acme.COM ")).contains("ana@acme.com");
        assertThat(SupplierListValues.email("ana(at)acme.com")).isEmpty();
        assertThat(SupplierListValues.employees("1,200")).contains(1200);
        assertThat(SupplierListValues.employees("50-99")).contains(50);
        assertThat(SupplierListValues.employees("45.0")).contains(45);
        assertThat(SupplierListValues.employees("many")).isEmpty();
    }

    @Test
    void countiesByFipsOrName() {
        assertThat(SupplierListValues.county("17031", COUNTIES)).contains("17031");
        assertThat(SupplierListValues.county("043", COUNTIES)).contains("17043");
        assertThat(SupplierListValues.county("cook", COUNTIES)).contains("17031");
        assertThat(SupplierListValues.county("DuPage County", COUNTIES)).contains("17043");
        assertThat(SupplierListValues.county("MCHENRY CO.", COUNTIES)).contains("17111");
        assertThat(SupplierListValues.county("Sangamon", COUNTIES)).isEmpty();
    }

    @Test
    void theShippedCrosswalkNamesOneCountyOrSeveral() {
        ZipCounties crosswalk = ZipCounties.illinois();

        assertThat(crosswalk.counties("60608")).containsExactly("Cook County");
        assertThat(crosswalk.counties("60608-1234")).containsExactly("Cook County");
        assertThat(crosswalk.counties("60007")).containsExactlyInAnyOrder("Cook County", "DuPage County");
        assertThat(crosswalk.counties("99999")).isEmpty();
    }
}

package org.partnerdashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.springframework.data.repository.Repository;

/** The package-by-feature boundaries of STYLE.md, enforced. */
@AnalyzeClasses(packages = "org.partnerdashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String BASE = "org.partnerdashboard.base..";

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.partnerdashboard.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage(BASE)
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerdashboard.placements..",
                    "org.partnerdashboard.suppliers..", "org.partnerdashboard.sourcing..",
                    "org.partnerdashboard.indicators..", "org.partnerdashboard.dashboards..",
                    "org.partnerdashboard.exports..", "org.partnerdashboard.security..", "org.partnerdashboard.demo..");

    @ArchTest
    static final ArchRule securityDependsOnlyOnBase = noClasses().that().resideInAPackage("org.partnerdashboard.security..")
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerdashboard.placements..",
                    "org.partnerdashboard.suppliers..", "org.partnerdashboard.sourcing..",
                    "org.partnerdashboard.indicators..", "org.partnerdashboard.dashboards..", "org.partnerdashboard.exports..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule programFeaturesDoNotDependOnDashboards = noClasses()
            .that().resideInAnyPackage("org.partnerdashboard.placements..", "org.partnerdashboard.suppliers..",
                    "org.partnerdashboard.sourcing..", "org.partnerdashboard.indicators..")
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerdashboard.dashboards..",
                    "org.partnerdashboard.demo..");

    /** Exports draw what every feature's charts show, so it knows none of them: only base and security. */
    @ArchTest
    static final ArchRule exportsDependOnlyOnBaseAndSecurity = noClasses()
            .that().resideInAPackage("org.partnerdashboard.exports..")
            .should().dependOnClassesThat().resideInAnyPackage("org.partnerdashboard.placements..",
                    "org.partnerdashboard.suppliers..", "org.partnerdashboard.sourcing..",
                    "org.partnerdashboard.indicators..", "org.partnerdashboard.dashboards..",
                    "org.partnerdashboard.demo..");

    /** Program features' services never export: only their views use the export components. */
    @ArchTest
    static final ArchRule onlyViewsUseExports = noClasses()
            .that().resideInAnyPackage("org.partnerdashboard.placements", "org.partnerdashboard.suppliers",
                    "org.partnerdashboard.sourcing", "org.partnerdashboard.indicators")
            .should().dependOnClassesThat().resideInAPackage("org.partnerdashboard.exports..");

    @ArchTest
    static final ArchRule placementsStandAlone = featureUsesNoOtherProgram("placements");

    @ArchTest
    static final ArchRule indicatorsStandAlone = featureUsesNoOtherProgram("indicators");

    /** Sourcing builds on the supplier directory, never the other way round. */
    @ArchTest
    static final ArchRule suppliersStandAlone = featureUsesNoOtherProgram("suppliers");

    private static ArchRule featureUsesNoOtherProgram(String feature) {
        String[] others = Stream.of("placements", "suppliers", "sourcing", "indicators")
                .filter(other -> !other.equals(feature))
                .map(other -> "org.partnerdashboard." + other + "..")
                .toArray(String[]::new);
        return noClasses().that().resideInAPackage("org.partnerdashboard." + feature + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others);
    }

    @ArchTest
    static final ArchRule nothingDependsOnTheDemoGenerator = noClasses()
            .that().resideOutsideOfPackage("org.partnerdashboard.demo..")
            .should().dependOnClassesThat().resideInAPackage("org.partnerdashboard.demo..");

    @ArchTest
    static final ArchRule viewsUseServicesNotRepositoriesOrTheEntityManager = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("org.springframework.jdbc.core.JdbcTemplate");

    /**
     * Program features' views stand alone (sharing base's and exports' components); only dashboards compose other features'
     * view pieces (chart builders), and
     * sourcing's views build on the supplier directory's, as sourcing builds on suppliers.
     */
    @ArchTest
    static final ArchRule featuresDoNotReachIntoEachOthersViews = slices()
            .matching("org.partnerdashboard.(*).ui..").should().notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage("org.partnerdashboard.base.ui.."))
            .ignoreDependency(DescribedPredicate.alwaysTrue(),
                    JavaClass.Predicates.resideInAPackage("org.partnerdashboard.exports.ui.."))
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.partnerdashboard.dashboards.ui.."),
                    DescribedPredicate.alwaysTrue())
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("org.partnerdashboard.sourcing.ui.."),
                    JavaClass.Predicates.resideInAPackage("org.partnerdashboard.suppliers.ui.."));
}

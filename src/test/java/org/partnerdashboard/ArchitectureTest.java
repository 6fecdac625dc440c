package org.partnerdashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

/** Rules within modules (which module may use which is declared once, in {@link ModulesTest#MODULES}). */
@AnalyzeClasses(packages = "org.partnerdashboard", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("org.partnerdashboard.(*)..").should().beFreeOfCycles();

    /** Program features' services never export: only their views use the export components. */
    @ArchTest
    static final ArchRule onlyViewsUseExports = noClasses()
            .that().resideInAnyPackage("org.partnerdashboard.placements", "org.partnerdashboard.suppliers",
                    "org.partnerdashboard.sourcing", "org.partnerdashboard.indicators")
            .should().dependOnClassesThat().resideInAPackage("org.partnerdashboard.exports..");

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

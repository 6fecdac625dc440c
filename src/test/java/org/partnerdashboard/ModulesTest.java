package org.partnerdashboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The application's modules and what each may use, declared once here; the boundary rules are generated from this
 * list. A module is a top-level package with its {@code ui} subpackage; what it offers others is its public types
 * (repositories and helpers are package-private, so the compiler keeps those in). Entities refer to other modules'
 * entities by id, never by association, so each module owns its tables; base's shared kernel (organizations, areas,
 * NAICS) is the exception every module builds on.
 */
class ModulesTest {

    static final String ROOT = "org.partnerdashboard";

    /** Each module and the modules it may depend on. Anything not listed is a violation. */
    static final Map<String, Set<String>> MODULES = modules();

    private static Map<String, Set<String>> modules() {
        Map<String, Set<String>> modules = new LinkedHashMap<>();
        modules.put("base", Set.of());
        modules.put("security", Set.of("base"));
        modules.put("exports", Set.of("base", "security"));
        modules.put("mail", Set.of("base", "security"));
        modules.put("calendar", Set.of("base", "security"));
        modules.put("placements", Set.of("base", "security", "exports", "calendar"));
        modules.put("indicators", Set.of("base", "security", "exports", "calendar"));
        modules.put("suppliers", Set.of("base", "security", "exports", "mail"));
        modules.put("sourcing", Set.of("base", "security", "exports", "mail", "suppliers"));
        modules.put("dashboards", Set.of("base", "security", "exports", "placements", "indicators", "suppliers",
                "sourcing", "calendar"));
        modules.put("newsletter", Set.of("base", "security", "exports", "mail", "calendar", "dashboards", "placements",
                "indicators"));
        modules.put("demo", Set.of("base", "security", "placements", "indicators", "suppliers", "sourcing",
                "calendar"));
        return modules;
    }

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @TestFactory
    Stream<DynamicTest> eachModuleUsesOnlyTheModulesItDeclares() {
        return MODULES.entrySet().stream().map(module -> DynamicTest.dynamicTest(module.getKey(), () -> {
            String[] forbidden = MODULES.keySet().stream()
                    .filter(other -> !other.equals(module.getKey()) && !module.getValue().contains(other))
                    .map(other -> ROOT + "." + other + "..").toArray(String[]::new);
            if (forbidden.length > 0) {
                noClasses().that().resideInAPackage(ROOT + "." + module.getKey() + "..")
                        .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                        .because(module.getKey() + " declares " + module.getValue() + " in ModulesTest.MODULES")
                        .check(classes);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyTopLevelPackageIsADeclaredModule() {
        return Stream.of(DynamicTest.dynamicTest("declared", () -> {
            List<String> undeclared = new ArrayList<>();
            classes.stream().map(c -> c.getPackageName()).filter(p -> p.startsWith(ROOT + "."))
                    .map(p -> p.substring(ROOT.length() + 1).split("\\.")[0]).distinct()
                    .filter(module -> !MODULES.containsKey(module)).forEach(undeclared::add);
            Assertions.assertThat(undeclared).as("packages missing from MODULES").isEmpty();
        }));
    }

    /** Entities hold other modules' entities by id; only base's shared kernel may be referenced directly. */
    @TestFactory
    Stream<DynamicTest> entitiesReferToOtherModulesEntitiesById() {
        return MODULES.keySet().stream().filter(module -> !module.equals("base"))
                .map(module -> DynamicTest.dynamicTest(module, () -> fields()
                        .that().areDeclaredInClassesThat().resideInAPackage(ROOT + "." + module + "..")
                        .and().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                        .should().haveRawType(DescribedPredicate.describe(
                                "no entity of another module (except base)", type -> !type.isAnnotatedWith(
                                        Entity.class) || type.getPackageName().startsWith(ROOT + "." + module)
                                        || type.getPackageName().startsWith(ROOT + ".base")))
                        .allowEmptyShould(true)
                        .check(classes)));
    }
}

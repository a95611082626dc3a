package io.loyaltyclub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The loyalty domain (packages named {@code domain}) is plain Java: no Broadleaf, Spring, JPA or
 * Hibernate, so it is tested in milliseconds and survives a platform upgrade untouched.
 */
class DomainBoundaryTest {

    private final JavaClasses plugin = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.loyaltyclub");

    @Test
    void the_domain_depends_on_the_jdk_and_itself_only() {
        classes().that().resideInAPackage("io.loyaltyclub..domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.loyaltyclub..domain..")
                .check(plugin);
    }

    @Test
    void the_domain_holds_classes() {
        org.assertj.core.api.Assertions.assertThat(plugin.stream()
                .filter(c -> c.getPackageName().endsWith(".domain")).count()).isGreaterThan(0);
    }
}

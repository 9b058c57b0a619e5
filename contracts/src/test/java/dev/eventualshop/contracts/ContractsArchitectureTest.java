package dev.eventualshop.contracts;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.eventualshop.architecture.ArchitectureRules;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;

/**
 * The contracts are read by every service, so they carry no framework: a service picks its own serializer
 * and broker client, and a new one can read the messages without pulling anything else in.
 */
class ContractsArchitectureTest {

    private static final JavaClasses CONTRACTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.asURI().toString().startsWith(mainOutput()))
            .importPackages("dev.eventualshop");

    @Test
    void the_contracts_main_classes_are_the_ones_checked() {
        assertThat(CONTRACTS.contain(MessageTypes.class)).isTrue();
        assertThat(CONTRACTS.contain(ContractsArchitectureTest.class)).isFalse();
        assertThat(CONTRACTS.contain(ArchitectureRules.class)).isFalse();
    }

    @Test
    void internal_events_stay_in_their_context() {
        ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT.check(CONTRACTS);
    }

    @Test
    void no_domain_class_uses_a_framework() {
        ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE.check(CONTRACTS);
    }

    @Test
    void contracts_depend_on_nothing_but_the_jdk() {
        classes().should().onlyDependOnClassesThat().resideInAnyPackage("java..", "dev.eventualshop..")
                .because("every service reads the contracts, whatever framework it uses")
                .check(CONTRACTS);
    }

    /**
     * Where this module's main classes are. Other modules' classes under {@code dev.eventualshop}, such as the
     * test kit, can be on the test classpath as directories too, so excluding jars would not be enough.
     */
    private static String mainOutput() {
        try {
            return MessageTypes.class.getProtectionDomain().getCodeSource().getLocation().toURI().toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.eventualshop.identity.query;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.eventualshop.architecture.ArchitectureRules;
import dev.eventualshop.identity.query.application.UserQueries;
import dev.eventualshop.identity.query.domain.UsersProjection;
import org.junit.jupiter.api.Test;

/** The read model and its queries stay framework-free; only the infrastructure knows Spring, MongoDB and AMQP. */
class IdentityQueryArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eventualshop.identity.query");

    @Test
    void the_services_main_classes_are_the_ones_checked() {
        assertThat(CLASSES.contain(UsersProjection.class)).isTrue();
        assertThat(CLASSES.contain(UserQueries.class)).isTrue();
        assertThat(CLASSES.contain(IdentityQueryArchitectureTest.class)).isFalse();
    }

    @Test
    void the_domain_uses_no_framework() {
        ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE.check(CLASSES);
    }

    @Test
    void internal_events_stay_in_their_context() {
        ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT.check(CLASSES);
    }

    @Test
    void the_application_layer_uses_no_framework_and_no_infrastructure() {
        noClasses().that().resideInAPackage("dev.eventualshop.identity.query.application..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "tools.jackson..",
                        "com.mongodb..", "org.bson..", "com.rabbitmq..", "dev.eventualshop.messaging..",
                        "dev.eventualshop.identity.query.infrastructure..")
                .check(CLASSES);
    }

    @Test
    void the_domain_does_not_depend_on_the_layers_above_it() {
        noClasses().that().resideInAPackage("dev.eventualshop.identity.query.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.eventualshop.identity.query.application..",
                        "dev.eventualshop.identity.query.infrastructure..")
                .check(CLASSES);
    }
}

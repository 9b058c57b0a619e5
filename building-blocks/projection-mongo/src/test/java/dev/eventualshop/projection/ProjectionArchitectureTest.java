package dev.eventualshop.projection;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The projection API and its rules stay pure, so projections and their tests need no Spring, MongoDB or broker. */
class ProjectionArchitectureTest {

    final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.eventualshop.projection");

    @Test
    void the_projection_api_imports_no_framework() {
        noClasses().that().resideInAPackage("dev.eventualshop.projection")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "com.mongodb..",
                        "org.bson..", "tools.jackson..", "com.rabbitmq..", "dev.eventualshop.messaging..")
                .check(classes);
    }
}

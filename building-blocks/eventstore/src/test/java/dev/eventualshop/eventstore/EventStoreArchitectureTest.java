package dev.eventualshop.eventstore;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.eventualshop.architecture.ArchitectureRules;
import org.junit.jupiter.api.Test;

/** The example context (test sources) and the event store itself keep the house rules. */
class EventStoreArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter().importPackages("dev.eventualshop");

    @Test
    void no_domain_package_uses_spring_jackson_jpa_mongodb_or_amqp() {
        ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE.check(classes);
    }

    @Test
    void a_contexts_internal_events_are_used_only_by_that_context() {
        ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT.check(classes);
    }
}

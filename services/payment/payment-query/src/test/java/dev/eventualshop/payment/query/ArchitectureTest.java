package dev.eventualshop.payment.query;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import dev.eventualshop.architecture.ArchitectureRules;

/** payment-query keeps the project's boundaries: a framework-free read model, internal events kept inside. */
@AnalyzeClasses(packages = "dev.eventualshop.payment.query", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFrameworkFree = ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE;

    @ArchTest
    static final ArchRule internalEventsStayInTheirContext = ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT;
}

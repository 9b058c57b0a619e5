package dev.eventualshop.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;

/**
 * The boundaries that every module checks against its own classes, written once so each module's
 * architecture test only says which classes to look at. Both rules pass on a module with no matching class,
 * so a module can adopt them before it has internal events or a domain.
 */
public final class ArchitectureRules {

    private static final String ROOT = "dev.eventualshop.";

    /**
     * A context's domain events ({@code dev.eventualshop.<context>.internal}) are its private history: only
     * its own command and query services read them. Other contexts listen to the versioned integration
     * events in {@code .v1}, so a context can reshape its internals without breaking anyone.
     */
    public static final ArchRule INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT = classes()
            .that().resideInAPackage("dev.eventualshop.*.internal..")
            .should(beUsedOnlyFromTheirOwnContext())
            .because("other contexts must listen to the versioned integration events in .v1 instead")
            .allowEmptyShould(true);

    /**
     * The domain is plain Java: deciders and their states can be tested without a container and outlive any
     * choice of web, serialization, persistence or messaging framework.
     */
    public static final ArchRule DOMAIN_IS_FRAMEWORK_FREE = noClasses()
            .that().resideInAPackage("..domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework..", "tools.jackson..", "com.fasterxml.jackson..", "jakarta.persistence..",
                    "org.hibernate..", "com.mongodb..", "org.bson..", "com.rabbitmq..")
            .because("frameworks belong in the application and infrastructure layers")
            .allowEmptyShould(true);

    private ArchitectureRules() {
    }

    private static ArchCondition<JavaClass> beUsedOnlyFromTheirOwnContext() {
        return new ArchCondition<>("be used only from their own context") {
            @Override
            public void check(JavaClass internal, ConditionEvents events) {
                Optional<String> context = contextOf(internal);
                for (Dependency dependency : internal.getDirectDependenciesToSelf()) {
                    Optional<String> userContext = contextOf(dependency.getOriginClass());
                    if (!userContext.equals(context)) {
                        events.add(SimpleConditionEvent.violated(dependency,
                                "%s of context %s uses %s, internal to context %s: %s".formatted(
                                        dependency.getOriginClass().getName(), userContext.orElse("(none)"),
                                        internal.getName(), context.orElse("(none)"), dependency.getDescription())));
                    }
                }
            }
        };
    }

    /** The package segment right after {@code dev.eventualshop}, e.g. {@code shoppingcart}. */
    private static Optional<String> contextOf(JavaClass javaClass) {
        String packageName = javaClass.getPackageName();
        if (!packageName.startsWith(ROOT)) {
            return Optional.empty();
        }
        String rest = packageName.substring(ROOT.length());
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }
}

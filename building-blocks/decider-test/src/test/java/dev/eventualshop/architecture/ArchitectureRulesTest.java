package dev.eventualshop.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class ArchitectureRulesTest {

    private static JavaClasses importPackages(String... packages) {
        return new ClassFileImporter().importPackages(packages);
    }

    @Test
    void a_context_may_use_its_own_internal_events() {
        JavaClasses alpha = importPackages("dev.eventualshop.alpha");
        assertThat(alpha.contain("dev.eventualshop.alpha.command.AlphaUser")).isTrue();

        assertThat(ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT.evaluate(alpha).hasViolation()).isFalse();
    }

    @Test
    void another_context_may_not_use_a_contexts_internal_events() {
        EvaluationResult result = ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT
                .evaluate(importPackages("dev.eventualshop.alpha", "dev.eventualshop.beta"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("dev.eventualshop.beta.command.BetaIntruder"))
                .noneMatch(line -> line.contains("AlphaUser"));
    }

    @Test
    void a_context_whose_name_starts_like_another_is_still_another_context() {
        EvaluationResult result = ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT
                .evaluate(importPackages("dev.eventualshop.alpha", "dev.eventualshop.alphabet"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("dev.eventualshop.alphabet.command.Lookalike"));
    }

    @Test
    void a_plain_java_domain_passes() {
        JavaClasses delta = importPackages("dev.eventualshop.delta");
        assertThat(delta.contain("dev.eventualshop.delta.domain.Pure")).isTrue();

        assertThat(ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE.evaluate(delta).hasViolation()).isFalse();
    }

    @Test
    void a_domain_that_uses_a_framework_type_fails_and_is_named() {
        EvaluationResult result = ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE
                .evaluate(importPackages("dev.eventualshop.gamma", "dev.eventualshop.delta"));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(line -> line.contains("dev.eventualshop.gamma.domain.Leaky"))
                .noneMatch(line -> line.contains("Pure"));
    }

    @Test
    void both_rules_pass_on_a_module_without_internal_events_or_a_domain() {
        JavaClasses none = importPackages("dev.eventualshop.decider.test");

        assertThat(ArchitectureRules.INTERNAL_EVENTS_STAY_IN_THEIR_CONTEXT.evaluate(none).hasViolation()).isFalse();
        assertThat(ArchitectureRules.DOMAIN_IS_FRAMEWORK_FREE.evaluate(none).hasViolation()).isFalse();
    }
}

package dev.eventualshop.identity.command.infrastructure;

import dev.eventualshop.communication.CommunicationMessages;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.eventstore.pipeline.ClaimChange;
import dev.eventualshop.eventstore.pipeline.CommandLog;
import dev.eventualshop.eventstore.pipeline.CommandPipeline;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.command.application.ConfirmationTokens;
import dev.eventualshop.identity.command.application.Credentials;
import dev.eventualshop.identity.command.application.Passwords;
import dev.eventualshop.identity.command.application.UserAccounts;
import dev.eventualshop.identity.command.domain.User;
import dev.eventualshop.identity.command.domain.UserCommand;
import dev.eventualshop.identity.command.domain.UserDecider;
import dev.eventualshop.identity.command.infrastructure.messaging.IdentityIntegrationEvents;
import dev.eventualshop.identity.command.infrastructure.persistence.CredentialsProjection;
import dev.eventualshop.identity.command.infrastructure.persistence.JdbcCredentials;
import dev.eventualshop.identity.internal.UserEvent;
import dev.eventualshop.messaging.relay.IntegrationEventMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Identity's wiring: the user aggregate (stream id = user id, one account per lower-cased address as a
 * claim, the credentials table kept inline), its message types (with the Communication commands it sends for
 * mail), its integration events and the use cases. Its commands carry secrets, so they are registered here and nowhere else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityCommandConfiguration {

    /** The claim scope that keeps one account per address. */
    public static final String EMAIL_SCOPE = "identity-email";

    private static final Logger log = LoggerFactory.getLogger(IdentityCommandConfiguration.class);

    /** Identity's own commands: they hold password or token hashes and never leave this service. */
    static MessageTypes commands() {
        return MessageTypes.builder()
                .register("identity.RegisterUser", UserCommand.Register.class)
                .register("identity.RequestConfirmation", UserCommand.RequestConfirmation.class)
                .register("identity.ConfirmEmail", UserCommand.ConfirmEmail.class)
                .register("identity.ChangePassword", UserCommand.ChangePassword.class)
                .build();
    }

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(IdentityMessages.domainEvents(), IdentityMessages.integrationEvents(), commands(),
                CommunicationMessages.publicCommands());
    }

    @Bean
    Aggregate<UserCommand, User, UserEvent> users(DataSource dataSource) {
        return Aggregate.builder(IdentityMessages.USER_STREAM, UserCommand.class, new UserDecider())
                .streamId(UserCommand::userId)
                .claims(event -> event instanceof UserEvent.UserRegistered registered
                        ? List.of(ClaimChange.take(EMAIL_SCOPE, Credentials.key(registered.email()),
                        UserAccounts.EMAIL_TAKEN))
                        : List.of())
                .inline(new CredentialsProjection(new JdbcTemplate(dataSource)))
                .build();
    }

    @Bean
    IntegrationEventMapper integrationEventMapper() {
        return new IdentityIntegrationEvents();
    }

    @Bean
    Credentials credentials(DataSource dataSource) {
        return new JdbcCredentials(new JdbcTemplate(dataSource));
    }

    /** Spring Security's delegating encoder (bcrypt), taking passwords past bcrypt's 72 bytes ({@link Passwords}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new Passwords(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    UserAccounts userAccounts(CommandPipeline pipeline, CommandLog commands, Credentials credentials,
                              PasswordEncoder passwords, Clock clock,
                              IdentityProperties properties) {
        return new UserAccounts(pipeline, commands, credentials, passwords, new ConfirmationTokens(new SecureRandom()),
                clock, properties.confirmationTtl(), properties.storefrontUrl());
    }

    /** Ensures the operator account when {@code eventualshop.identity.admin.email} and {@code .password} are set. */
    @Bean
    ApplicationRunner adminSeed(UserAccounts accounts, IdentityProperties properties) {
        return arguments -> {
            if (properties.admin().configured()) {
                accounts.seedAdmin(properties.admin().email(), properties.admin().password());
                log.info("The admin account {} is in place", properties.admin().email());
            }
        };
    }
}

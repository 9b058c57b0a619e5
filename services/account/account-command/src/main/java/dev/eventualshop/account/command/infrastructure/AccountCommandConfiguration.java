package dev.eventualshop.account.command.infrastructure;

import dev.eventualshop.account.AccountMessages;
import dev.eventualshop.account.command.domain.Account;
import dev.eventualshop.account.command.domain.AccountDecider;
import dev.eventualshop.account.commands.AccountCommand;
import dev.eventualshop.account.internal.AccountEvent;
import dev.eventualshop.contracts.MessageTypes;
import dev.eventualshop.eventstore.pipeline.Aggregate;
import dev.eventualshop.identity.IdentityMessages;
import dev.eventualshop.identity.v1.IdentityIntegrationEvent;
import dev.eventualshop.messaging.command.Reaction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Account's wiring: the account aggregate (stream id = account id = user id), the message types it reads and
 * writes, and the reaction that opens an account for each user Identity registers. Commands arrive on
 * {@code account.commands} (queue {@code account-command.account.commands}), Identity's integration events on
 * {@code identity.events} (queue {@code account-command.identity.events}); both are bound by the messaging
 * building block.
 */
@Configuration(proxyBeanMethods = false)
public class AccountCommandConfiguration {

    /** The reaction's name: part of the id of every command it sends, so never rename it. */
    public static final String OPEN_ACCOUNT_REACTION = "account-opens-on-user-registered";

    @Bean
    MessageTypes messageTypes() {
        return MessageTypes.merge(AccountMessages.commands(), AccountMessages.domainEvents(),
                IdentityMessages.integrationEvents());
    }

    @Bean
    Aggregate<AccountCommand, Account, AccountEvent> accounts() {
        return Aggregate.builder(AccountMessages.ACCOUNT_STREAM, AccountCommand.class, new AccountDecider())
                .streamId(AccountCommand::accountId)
                .build();
    }

    /**
     * Each registered user gets an account under their user id. A redelivered registration sends the same command
     * id (derived from the message id and this reaction's name), which the pipeline executes once.
     */
    @Bean
    Reaction<IdentityIntegrationEvent.UserRegistered> openAccountOnRegistration() {
        return new Reaction<>(OPEN_ACCOUNT_REACTION, IdentityMessages.CONTEXT,
                IdentityIntegrationEvent.UserRegistered.class,
                registered -> new AccountCommand.OpenAccount(registered.userId(), registered.firstName(),
                        registered.lastName()));
    }
}

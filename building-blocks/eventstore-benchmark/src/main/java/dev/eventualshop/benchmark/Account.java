package dev.eventualshop.benchmark;

import dev.eventualshop.decider.Decider;
import dev.eventualshop.decider.Decision;

/**
 * The benchmark's tiny aggregate: an account is opened, then takes deposits. Its events carry the payload
 * both stores write in the append rows, so ours and Axon's store the same bytes of JSON.
 */
public final class Account {

    private Account() {
    }

    /** Stream type of the account streams. */
    public static final String STREAM_TYPE = "bench.Account";

    /** A command to one account. */
    public sealed interface Command permits OpenAccount, Deposit {
        String accountId();
    }

    public record OpenAccount(String accountId, String owner) implements Command {
    }

    public record Deposit(String accountId, long amountCents, String currency, String reference) implements Command {
    }

    /** An event of one account. */
    public sealed interface Event permits AccountOpened, Deposited {
    }

    public record AccountOpened(String accountId, String owner) implements Event {
    }

    /** The event both stores append in the append-only rows (about 130 bytes of JSON). */
    public record Deposited(String accountId, long amountCents, String currency, String reference) implements Event {
    }

    /** What decisions need: whether the account exists, its balance, and how many deposits it took. */
    public record State(boolean open, long balanceCents, long deposits) {
        public static final State NONE = new State(false, 0, 0);
    }

    /** The account as a decider. */
    public static final class AccountDecider implements Decider<Command, State, Event> {

        @Override
        public State initialState() {
            return State.NONE;
        }

        @Override
        public Decision<Event> decide(Command command, State state) {
            return switch (command) {
                case OpenAccount open -> state.open()
                        ? Decision.reject("ALREADY_OPEN", "account " + open.accountId() + " is open")
                        : Decision.accept(new AccountOpened(open.accountId(), open.owner()));
                case Deposit deposit -> !state.open()
                        ? Decision.reject("NOT_OPEN", "account " + deposit.accountId() + " is not open")
                        : Decision.accept(new Deposited(deposit.accountId(), deposit.amountCents(),
                                deposit.currency(), deposit.reference()));
            };
        }

        @Override
        public State evolve(State state, Event event) {
            return switch (event) {
                case AccountOpened opened -> new State(true, 0, 0);
                case Deposited deposited -> new State(state.open(), state.balanceCents() + deposited.amountCents(),
                        state.deposits() + 1);
            };
        }
    }

    /** The payload of the i-th deposit of {@code accountId}. */
    public static Deposited deposit(String accountId, long i) {
        return new Deposited(accountId, 1_000 + i, "EUR", "benchmark deposit #" + i + " from payroll batch");
    }
}

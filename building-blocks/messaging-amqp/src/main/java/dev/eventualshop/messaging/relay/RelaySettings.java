package dev.eventualshop.messaging.relay;

import java.time.Duration;

/**
 * How the relay runs.
 *
 * @param leaseName      one relay per lease name is active: the service's name
 * @param owner          this replica's name in the lease
 * @param batchSize      rows published per confirm round
 * @param pollInterval   how often the outbox is read when no commit woke the relay
 * @param leaseTtl       how long the lease lasts unless renewed; a dead relay's lease passes on after it
 * @param confirmTimeout how long the broker may take to confirm a batch before it is retried
 */
public record RelaySettings(String leaseName, String owner, int batchSize, Duration pollInterval, Duration leaseTtl,
                           Duration confirmTimeout) {
}

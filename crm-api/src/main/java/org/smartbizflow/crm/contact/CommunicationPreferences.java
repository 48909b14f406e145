package org.smartbizflow.crm.contact;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.TenantId;
import org.smartbizflow.crm.shared.UserId;

/**
 * How a contact may be reached: consent per channel and quiet hours. Its own aggregate beside
 * the contact, because it changes for other reasons (a click on a confirmation link, an
 * unsubscribe) and must never lose such a change to a concurrent profile edit. Every change of
 * consent yields a {@link ConsentRecord}, taken with {@link #pullRecords()} and stored by the
 * caller in the same transaction.
 */
public final class CommunicationPreferences {

    private final TenantId tenantId;
    private final ContactId contactId;
    private final Map<Channel, ChannelConsent> consents = new EnumMap<>(Channel.class);
    private QuietHours quietHours;
    private final long version;
    private final boolean stored;
    private final List<ConsentRecord> records = new ArrayList<>();

    private CommunicationPreferences(TenantId tenantId, ContactId contactId, Collection<ChannelConsent> consents,
                                     QuietHours quietHours, long version, boolean stored) {
        this.tenantId = Preconditions.notNull(tenantId, "tenantId");
        this.contactId = Preconditions.notNull(contactId, "contactId");
        consents.forEach(c -> this.consents.put(c.channel(), c));
        this.quietHours = quietHours;
        this.version = version;
        this.stored = stored;
    }

    /** The preferences of a contact nobody has asked yet: every channel UNKNOWN, no quiet hours. */
    public static CommunicationPreferences none(TenantId tenantId, ContactId contactId) {
        return new CommunicationPreferences(tenantId, contactId, List.of(), null, 0, false);
    }

    /** Rebuilds stored preferences. */
    public static CommunicationPreferences restore(TenantId tenantId, ContactId contactId,
                                                   Collection<ChannelConsent> consents, QuietHours quietHours,
                                                   long version) {
        Preconditions.check(version >= 0, "version", "must not be negative");
        return new CommunicationPreferences(tenantId, contactId, consents, quietHours, version, true);
    }

    /**
     * Records that the contact opted in or out on a channel. Opting in directly (without a
     * confirmation round) suits consent given in person or on a call; web forms use
     * {@link #requestConfirmation}.
     */
    public ConsentRecord record(Channel channel, ConsentStatus status, LawfulBasis basis, String source,
                                UUID recordId, UserId actor, Instant now) {
        Preconditions.notNull(channel, "channel");
        Preconditions.check(status == ConsentStatus.OPTED_IN || status == ConsentStatus.OPTED_OUT, "status",
                "must be OPTED_IN or OPTED_OUT; PENDING comes from requestConfirmation");
        return change(new ChannelConsent(channel, status, basis, source, now, null, null), recordId, actor);
    }

    /**
     * Starts a double opt-in: the channel is PENDING until the contact presents the token
     * (whose hash is kept, never the token) before it expires.
     */
    public ConsentRecord requestConfirmation(Channel channel, LawfulBasis basis, String source, String tokenHash,
                                             Instant expiresAt, UUID recordId, UserId actor, Instant now) {
        Preconditions.notBlank(tokenHash, "tokenHash");
        Preconditions.check(expiresAt != null && expiresAt.isAfter(now), "expiresAt", "must be after now");
        return change(new ChannelConsent(channel, ConsentStatus.PENDING, basis, source, now, tokenHash, expiresAt),
                recordId, actor);
    }

    /** The channel whose pending confirmation has this token hash, if any. */
    public Optional<ChannelConsent> pendingWith(String tokenHash) {
        return consents.values().stream()
                .filter(c -> c.status() == ConsentStatus.PENDING && c.tokenHash().equals(tokenHash)).findFirst();
    }

    /**
     * The contact presented a confirmation token. Before expiry the channel becomes OPTED_IN;
     * after it nothing changes and the result says so.
     */
    public ConfirmationResult confirm(String tokenHash, String source, UUID recordId, UserId actor, Instant now) {
        Optional<ChannelConsent> pending = pendingWith(tokenHash);
        if (pending.isEmpty()) {
            return new ConfirmationResult.Unknown();
        }
        ChannelConsent consent = pending.get();
        if (!now.isBefore(consent.tokenExpiresAt())) {
            return new ConfirmationResult.Expired(consent.channel(), consent.tokenExpiresAt());
        }
        ConsentRecord confirmed = change(new ChannelConsent(consent.channel(), ConsentStatus.OPTED_IN,
                consent.lawfulBasis(), source, now, null, null), recordId, actor);
        return new ConfirmationResult.Confirmed(contactId, confirmed);
    }

    private ConsentRecord change(ChannelConsent next, UUID recordId, UserId actor) {
        consents.put(next.channel(), next);
        ConsentRecord record = new ConsentRecord(recordId, tenantId, contactId, next.channel(), next.status(),
                next.lawfulBasis(), next.source(), actor, next.since());
        records.add(record);
        return record;
    }

    /** Sets (or with null clears) the quiet hours. */
    public void quietHours(QuietHours hours) {
        this.quietHours = hours;
    }

    /**
     * May a message go out on this channel now? Only to a contact who opted in, and on
     * interrupting channels (phone, SMS) not during their quiet hours.
     *
     * @param zone the contact's time zone, or null for UTC
     */
    public ConsentDecision decide(Channel channel, ZoneId zone, Instant now) {
        ChannelConsent consent = consents.get(channel);
        ConsentStatus status = consent == null ? ConsentStatus.UNKNOWN : consent.status();
        switch (status) {
            case UNKNOWN:
                return new ConsentDecision.Denied(ConsentDecision.Reason.NO_CONSENT);
            case PENDING:
                return new ConsentDecision.Denied(ConsentDecision.Reason.PENDING_CONFIRMATION);
            case OPTED_OUT:
                return new ConsentDecision.Denied(ConsentDecision.Reason.OPTED_OUT);
            default:
                break;
        }
        if (channel.interrupts() && quietHours != null && quietHours.contains(now, zone)) {
            return new ConsentDecision.Denied(ConsentDecision.Reason.QUIET_HOURS);
        }
        return new ConsentDecision.Allowed(consent);
    }

    /** The status on one channel (UNKNOWN when never asked). */
    public ConsentStatus status(Channel channel) {
        ChannelConsent consent = consents.get(channel);
        return consent == null ? ConsentStatus.UNKNOWN : consent.status();
    }

    /** Consent records made since loading; the list is cleared. */
    public List<ConsentRecord> pullRecords() {
        List<ConsentRecord> pulled = List.copyOf(records);
        records.clear();
        return pulled;
    }

    public TenantId tenantId() {
        return tenantId;
    }

    public ContactId contactId() {
        return contactId;
    }

    /** The channels with any recorded consent, in channel order. */
    public List<ChannelConsent> consents() {
        return List.copyOf(consents.values());
    }

    public Optional<ChannelConsent> consent(Channel channel) {
        return Optional.ofNullable(consents.get(channel));
    }

    public QuietHours quietHours() {
        return quietHours;
    }

    public long version() {
        return version;
    }

    /** False for preferences that were never stored (a contact nobody asked). */
    public boolean stored() {
        return stored;
    }
}

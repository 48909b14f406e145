package org.smartbizflow.crm.core.contact;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.smartbizflow.crm.contact.Channel;
import org.smartbizflow.crm.contact.CommunicationPreferences;
import org.smartbizflow.crm.contact.ConfirmationResult;
import org.smartbizflow.crm.contact.ConsentCount;
import org.smartbizflow.crm.contact.ConsentDecision;
import org.smartbizflow.crm.contact.ConsentRecord;
import org.smartbizflow.crm.contact.ConsentStatus;
import org.smartbizflow.crm.contact.ContactEvent;
import org.smartbizflow.crm.contact.ContactFilter;
import org.smartbizflow.crm.contact.ContactId;
import org.smartbizflow.crm.contact.ContactView;
import org.smartbizflow.crm.contact.DeliveryOutcome;
import org.smartbizflow.crm.contact.EmailMessage;
import org.smartbizflow.crm.contact.LawfulBasis;
import org.smartbizflow.crm.contact.QuietHours;
import org.smartbizflow.crm.contact.port.in.ConsentCoverage;
import org.smartbizflow.crm.contact.port.in.DoubleOptIn;
import org.smartbizflow.crm.contact.port.in.PreferencesView;
import org.smartbizflow.crm.contact.port.in.RecordConsent;
import org.smartbizflow.crm.contact.port.in.RequestDoubleOptIn;
import org.smartbizflow.crm.contact.port.in.SendContactEmail;
import org.smartbizflow.crm.contact.port.out.ConsentRepository;
import org.smartbizflow.crm.core.runtime.CoreRuntime;
import org.smartbizflow.crm.shared.Action;
import org.smartbizflow.crm.shared.CallContext;
import org.smartbizflow.crm.shared.NotFoundException;
import org.smartbizflow.crm.shared.Preconditions;
import org.smartbizflow.crm.shared.ValidationException;

/**
 * The consent half of the contact use cases: every change writes a consent record, an audit
 * entry and an event in one transaction, and {@link #mayContact} is the one answer to "may we
 * message this person now".
 */
final class ContactConsents {

    private static final SecureRandom TOKENS = new SecureRandom();
    private static final int TOKEN_BYTES = 32;

    private final CoreRuntime runtime;
    private final CallContext context;
    private final ConsentRepository consents;
    ContactConsents(CoreRuntime runtime, CallContext context) {
        this.runtime = runtime;
        this.context = context;
        this.consents = runtime.persistence().consents();
    }

    ConsentRecord record(RecordConsent command) {
        runtime.validate(command);
        Preconditions.check(command.status() == ConsentStatus.OPTED_IN || command.status() == ConsentStatus.OPTED_OUT,
                "status", "must be OPTED_IN or OPTED_OUT");
        return runtime.transactions().inTransaction(() -> {
            CommunicationPreferences prefs = loadForChange(command.contactId());
            ConsentRecord record = prefs.record(command.channel(), command.status(), command.lawfulBasis(),
                    command.source(), runtime.ids().next(), context.actor().userId(), runtime.clock().instant());
            store(prefs);
            return record;
        });
    }

    DoubleOptIn requestDoubleOptIn(RequestDoubleOptIn command) {
        runtime.validate(command);
        return runtime.transactions().inTransaction(() -> {
            CommunicationPreferences prefs = loadForChange(command.contactId());
            String token = newToken();
            Instant now = runtime.clock().instant();
            Instant expiresAt = now.plus(command.validFor());
            ConsentRecord record = prefs.requestConfirmation(command.channel(), LawfulBasis.CONSENT, command.source(),
                    hash(token), expiresAt, runtime.ids().next(), context.actor().userId(), now);
            store(prefs);
            return new DoubleOptIn(token, expiresAt, record);
        });
    }

    ConfirmationResult confirm(String token, String source) {
        Preconditions.notBlank(token, "token");
        String cleanSource = Preconditions.notBlank(source, "source");
        return runtime.transactions().inTransaction(() -> {
            String tokenHash = hash(token.strip());
            CommunicationPreferences prefs = consents.findByTokenHash(context.tenantId(), tokenHash).orElse(null);
            if (prefs == null) {
                return new ConfirmationResult.Unknown();
            }
            ConfirmationResult result = prefs.confirm(tokenHash, cleanSource, runtime.ids().next(),
                    context.actor().userId(), runtime.clock().instant());
            if (result instanceof ConfirmationResult.Confirmed) {
                store(prefs);
            }
            return result;
        });
    }

    PreferencesView setQuietHours(ContactId contactId, QuietHours hours) {
        return runtime.transactions().inTransaction(() -> {
            CommunicationPreferences prefs = loadForChange(contactId);
            QuietHours before = prefs.quietHours();
            prefs.quietHours(hours);
            consents.save(prefs);
            runtime.audit(List.of(runtime.auditEntry(context, ContactService.RECORD_TYPE, contactId, "quietHours",
                    before == null ? null : before.from() + "-" + before.to(),
                    hours == null ? null : hours.from() + "-" + hours.to())));
            return view(consents.find(context.tenantId(), contactId).orElseThrow());
        });
    }

    PreferencesView preferences(ContactId contactId) {
        return runtime.transactions().inTransaction(() -> {
            ContactView contact = contact(contactId);
            runtime.requireAccess(context, Action.READ, ContactService.access(contact));
            return view(current(contactId));
        });
    }

    List<ConsentRecord> history(ContactId contactId) {
        return runtime.transactions().inTransaction(() -> {
            runtime.requireAccess(context, Action.READ, ContactService.access(contact(contactId)));
            return consents.history(context.tenantId(), contactId);
        });
    }

    ConsentDecision mayContact(ContactId contactId, Channel channel) {
        Preconditions.notNull(channel, "channel");
        return runtime.transactions().inTransaction(() -> decide(contact(contactId), channel));
    }

    private ConsentDecision decide(ContactView contact, Channel channel) {
        if (contact.erased()) {
            return new ConsentDecision.Denied(ConsentDecision.Reason.ERASED);
        }
        boolean hasAddress = switch (channel) {
            case EMAIL -> !contact.profile().emails().isEmpty();
            case PHONE, SMS -> !contact.profile().phones().isEmpty();
            case POST -> true; // postal addresses live with the account or the host
        };
        if (!hasAddress) {
            return new ConsentDecision.Denied(ConsentDecision.Reason.NO_ADDRESS);
        }
        return current(contact.id()).decide(channel, contact.profile().timeZone(), runtime.clock().instant());
    }

    DeliveryOutcome sendEmail(SendContactEmail command) {
        runtime.validate(command);
        ContactView contact = runtime.transactions().inTransaction(() -> contact(command.contactId()));
        runtime.requireAccess(context, Action.READ, ContactService.access(contact));
        ConsentDecision decision = mayContact(contact.id(), Channel.EMAIL);
        if (decision instanceof ConsentDecision.Denied denied) {
            return new DeliveryOutcome.Blocked(denied.reason());
        }
        EmailMessage message = new EmailMessage(contact.id(), contact.profile().primaryEmail().orElseThrow(),
                command.subject(), command.body());
        runtime.emailGateway().send(new org.smartbizflow.crm.integration.port.out.EmailMessage(runtime.ids().next(),
                context.tenantId(), message.to(), message.subject(), message.body(),
                java.util.Map.of("contactId", contact.id().toString())));
        return new DeliveryOutcome.Delivered(message);
    }

    List<ConsentCoverage> coverage() {
        return runtime.transactions().inTransaction(() -> {
            long total = runtime.persistence().contacts().count(context.tenantId(), ContactFilter.any());
            Map<Channel, Map<ConsentStatus, Long>> counts = new EnumMap<>(Channel.class);
            for (Channel channel : Channel.values()) {
                Map<ConsentStatus, Long> byStatus = new EnumMap<>(ConsentStatus.class);
                for (ConsentStatus status : ConsentStatus.values()) {
                    byStatus.put(status, 0L);
                }
                counts.put(channel, byStatus);
            }
            for (ConsentCount count : consents.countByChannelAndStatus(context.tenantId())) {
                counts.get(count.channel()).merge(count.status(), count.count(), Long::sum);
            }
            List<ConsentCoverage> coverage = new ArrayList<>();
            counts.forEach((channel, byStatus) -> {
                long asked = byStatus.values().stream().mapToLong(Long::longValue).sum();
                byStatus.put(ConsentStatus.UNKNOWN, Math.max(0, total - asked));
                coverage.add(new ConsentCoverage(channel, byStatus, total));
            });
            return coverage;
        });
    }

    /** The preferences to change, after checking the contact exists, is not erased and may be changed. */
    private CommunicationPreferences loadForChange(ContactId contactId) {
        ContactView contact = contact(contactId);
        runtime.requireAccess(context, Action.UPDATE, ContactService.access(contact));
        if (contact.erased()) {
            throw new ValidationException("contactId", "contact " + contactId + " was erased");
        }
        return current(contactId);
    }

    private CommunicationPreferences current(ContactId contactId) {
        return consents.find(context.tenantId(), contactId)
                .orElseGet(() -> CommunicationPreferences.none(context.tenantId(), contactId));
    }

    private ContactView contact(ContactId contactId) {
        Preconditions.notNull(contactId, "contactId");
        return runtime.persistence().contacts().find(context.tenantId(), contactId)
                .orElseThrow(() -> new NotFoundException(ContactService.RECORD_TYPE, contactId)).view();
    }

    /** Saves the preferences with their new consent records, one audit entry and one event per record. */
    private void store(CommunicationPreferences prefs) {
        List<ConsentRecord> records = prefs.pullRecords();
        consents.save(prefs);
        consents.append(records);
        runtime.audit(records.stream().map(r -> runtime.auditEntry(context, ContactService.RECORD_TYPE,
                r.contactId(), "consent." + r.channel().name().toLowerCase(java.util.Locale.ROOT), null,
                r.status() + " (" + r.lawfulBasis() + ")")).toList());
        runtime.recordEvents(records.stream().map(r -> new ContactEvent.ContactConsentChanged(r.tenantId(),
                r.contactId(), r.channel(), r.status(), r.lawfulBasis(), r.recordedBy(), r.recordedAt())).toList());
    }

    private static PreferencesView view(CommunicationPreferences prefs) {
        return new PreferencesView(prefs.contactId(), prefs.consents(), prefs.quietHours(), prefs.version());
    }

    private static String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        TOKENS.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the token, hex: what is stored, so a leaked table confirms nothing. */
    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
